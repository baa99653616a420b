package org.kaoping.plugin.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/** The top-level {@code kaoping} command; work is done by its subcommands. */
@Command(name = "kaoping",
        mixinStandardHelpOptions = true,
        versionProvider = KaopingCommand.Version.class,
        description = "Rubric-based assessments of organizations (考评).",
        synopsisSubcommandLabel = "COMMAND")
final class KaopingCommand implements Runnable {
    /**
     * The subcommands in the order the help lists them. Registered by {@link Main#commandLine} rather than through
     * {@code @Command(subcommands)}: picocli builds the model of every registered command by reflection, about a tenth of
     * the demo's time, so a command line that names one command registers only that one (issue 14).
     */
    static final java.util.List<Class<?>> SUBCOMMANDS = java.util.Collections.unmodifiableList(java.util.Arrays.<Class<?>>asList(
            RubricCommand.class, PlanCommand.class, CycleCommands.Score.class, CycleCommands.Rank.class, CycleCommands.Report.class,
            CycleCommands.Demo.class, AuditCommand.class, JournalCommand.class,
            CycleCommand.class, AppealCommand.class, VerifyResultCommand.class,
            RectifyCommand.class, BulletinCommand.class, // issue 15: 整改 and the 通报
            TasksCommand.class, // issue 16: the 四定 key tasks
            AmendCommand.class)); // issue 16: 临时部署 (ad-hoc deployments)

    /** The subcommand whose name or alias is {@code word}, or null if none is. */
    static Class<?> subcommandNamed(String word) {
        for (Class<?> c : SUBCOMMANDS) {
            Command command = c.getAnnotation(Command.class);
            if (command.name().equals(word) || java.util.Arrays.asList(command.aliases()).contains(word)) {
                return c;
            }
        }
        return null;
    }

    @Option(names = "--verbose", scope = picocli.CommandLine.ScopeType.INHERIT, description = "Print Kaoping's log lines (provider discovery and so on); demo also prints the wall time of each phase.")
    boolean verbose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"kaoping " + (v == null ? "(development build)" : v)};
        }
    }
}
