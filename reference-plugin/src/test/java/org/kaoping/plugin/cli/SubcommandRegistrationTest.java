package org.kaoping.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line registers only the subcommand it is given (issue 14): every subcommand reads, helps and fails the same
 * way as among all of them, and whatever could make picocli look at the others gets all of them.
 */
class SubcommandRegistrationTest {

    /** The command line with every subcommand, as the annotation registered them before. */
    private static CommandLine full() {
        return Main.commandLine();
    }

    @Test
    void aCommandLineNamingASubcommandRegistersOnlyThatOne() {
        for (Class<?> c : KaopingCommand.SUBCOMMANDS) {
            String name = c.getAnnotation(Command.class).name();
            assertEquals(KaopingCommand.SUBCOMMANDS.size(), full().getSubcommands().size());
            assertEquals(java.util.Collections.singleton(name), Main.commandLine(name, "--help").getSubcommands().keySet(), name);
            assertEquals(java.util.Collections.singleton(name), Main.commandLine("--verbose", name).getSubcommands().keySet(), name);
        }
    }

    @Test
    void everySubcommandHasTheSameModelAlone() {
        CommandLine all = full();
        for (Class<?> c : KaopingCommand.SUBCOMMANDS) {
            String name = c.getAnnotation(Command.class).name();
            CommandLine alone = Main.commandLine(name).getSubcommands().get(name);
            assertNotNull(alone, name);
            assertEquals(usages(all.getSubcommands().get(name)), usages(alone), name);
        }
    }

    @Test
    void whateverMayLookAtOtherCommandsGetsAllOfThem() {
        int all = KaopingCommand.SUBCOMMANDS.size();
        for (String[] args : new String[][] {{}, {"--help", "demo"}, {"-h"}, {"-V", "demo"}, {"--", "demo"}, {"@args.txt"}, {"demoo"},
            {"--verbose"}, {"--verbose", "--help", "demo"}}) {
            assertEquals(all, Main.commandLine(args).getSubcommands().size(), String.join(" ", args));
        }
    }

    @Test
    void theNamesAreUniqueAndEachIsFound() {
        Set<String> names = new HashSet<>();
        for (Class<?> c : KaopingCommand.SUBCOMMANDS) {
            Command command = c.getAnnotation(Command.class);
            assertTrue(names.add(command.name()), command.name());
            assertEquals(c, KaopingCommand.subcommandNamed(command.name()));
            for (String alias : command.aliases()) {
                assertEquals(c, KaopingCommand.subcommandNamed(alias));
            }
        }
    }

    /** The usage help of {@code cl} and of every command below it, and its options inherited from above. */
    private static List<String> usages(CommandLine cl) {
        List<String> out = new ArrayList<>();
        StringWriter w = new StringWriter();
        cl.usage(new PrintWriter(w));
        out.add(w.toString());
        for (CommandLine.Model.OptionSpec o : cl.getCommandSpec().options()) {
            out.add(String.join("|", o.names()) + " inherited=" + o.inherited());
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            out.addAll(usages(sub));
        }
        return out;
    }
}
