package org.kaoping.plugin.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.validation.RubricValidator;
import org.kaoping.core.validation.ValidationReport;
import org.kaoping.plugin.json.RubricJson;
import org.kaoping.spi.RubricRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kaoping rubric …}: list, show, export, import and check rubrics. */
@Command(name = "rubric",
        mixinStandardHelpOptions = true,
        description = "List, show, export, import and check rubrics (工作标准).",
        subcommands = {RubricCommand.ListRubrics.class, RubricCommand.Show.class, RubricCommand.Export.class,
                RubricCommand.Import.class, RubricCommand.Check.class, RubricDiffCommand.class,
                RubricMigrateCommand.class},
        synopsisSubcommandLabel = "COMMAND")
final class RubricCommand implements Runnable {
    @Spec
    CommandSpec spec;

    private RubricRegistry registry;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The rubrics of the discovered providers and of {@code dir} (see {@link RubricSources}), read once per command line. */
    RubricRegistry registry(Path dir) {
        if (registry == null) {
            registry = RubricSources.registry(dir, spec.commandLine().getErr());
        }
        return registry;
    }

    /** Base of the subcommands: access to the parent's registry and writers. */
    abstract static class Sub implements Callable<Integer> {
        @ParentCommand
        RubricCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = {"--rubrics", "--rubrics-dir"}, paramLabel = "DIR", description = RubricSources.HELP)
        Path rubricsDir;

        RubricRegistry registry() {
            return parent.registry(rubricsDir);
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the rubrics offered by the discovered providers: id, version, points, provider, title.")
    static final class ListRubrics extends Sub {
        @Override
        public Integer call() {
            RubricRegistry reg = registry();
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"ID", "VERSION", "POINTS", "PROVIDER", "TITLE"});
            for (String id : reg.rubricIds()) {
                Rubric r = reg.rubric(id);
                rows.add(new String[] {id, r.version(), r.points().toString(), reg.providerOf(id).get().id(), r.title()});
            }
            if (rows.size() == 1) {
                out().println("No rubrics found. Put a rubrics jar on the class path, or give --rubrics DIR "
                        + "with rubric JSON files.");
                return 0;
            }
            Text.table(out(), rows);
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show a rubric as a tree: labels, verbatim text, points, criterion ids and rules; then its errata.")
    static final class Show extends Sub {
        @Parameters(paramLabel = "ID", description = "The rubric id, e.g. beihai-2015/county.")
        String id;

        @Override
        public Integer call() {
            Text.tree(out(), registry().rubric(id));
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a rubric as rubric JSON, to standard output or to a file (written atomically).")
    static final class Export extends Sub {
        @Parameters(paramLabel = "ID", description = "The rubric id.")
        String id;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path outFile;

        @Override
        public Integer call() {
            Rubric r = registry().rubric(id);
            if (outFile == null) {
                out().print(RubricJson.toJson(r));
                out().flush();
            } else {
                RubricJson.export(r, outFile);
                out().println("Wrote rubric [" + r.id() + "] to " + outFile);
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Read a rubric JSON file, validate it and print a summary with every diagnostic. "
                    + "Exit code 1 if the file is not valid rubric JSON or the rubric has errors.")
    static final class Import extends Sub {
        @Parameters(paramLabel = "FILE", description = "The rubric JSON file (UTF-8).")
        Path file;

        @Override
        public Integer call() {
            Rubric r = RubricJson.read(file);
            ValidationReport report = RubricValidator.validate(r);
            out().println("Read rubric [" + r.id() + "] " + r.version() + " 《" + r.title() + "》 from " + file);
            out().println("  " + Text.counts(r));
            out().println(report.summary());
            return report.hasErrors() ? 1 : 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate a rubric, given by id or as a JSON file, and print its diagnostics and errata. "
                    + "Exit code 1 if it has errors, 0 otherwise.")
    static final class Check extends Sub {
        @Parameters(paramLabel = "ID|FILE",
                description = "A rubric id, or the path of a rubric JSON file (an existing file wins).")
        String target;

        @Override
        public Integer call() {
            Path asFile = pathOrNull(target);
            Rubric r = asFile != null && Files.isRegularFile(asFile) ? RubricJson.read(asFile) : registry().rubric(target);
            ValidationReport report = RubricValidator.validate(r);
            out().println(report.summary());
            out().println(report.hasErrors() ? "FAILED: the rubric cannot be used for scoring until its errors are fixed."
                    : "OK: the rubric can be used for scoring.");
            return report.hasErrors() ? 1 : 0;
        }

        private static Path pathOrNull(String s) {
            try {
                return Paths.get(s);
            } catch (RuntimeException invalidPath) {
                return null;
            }
        }
    }
}
