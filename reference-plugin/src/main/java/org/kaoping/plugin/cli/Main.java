package org.kaoping.plugin.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kaoping.core.KaopingException;
import org.kaoping.core.api.API;
import picocli.CommandLine;

/**
 * The {@code kaoping} command line: {@code java -jar kaoping-reference-plugin.jar rubric list}.
 *
 * <p>Writes UTF-8 whatever the platform encoding. Exit codes: 0 success, 1 an error (bad input, unknown
 * rubric, a rubric with validation errors), 2 a usage error. Kaoping's own log lines are silenced
 * unless {@code --verbose} is given; discovery failures are printed as warnings instead.
 */
@API(status = API.Status.INTERNAL)
public final class Main {
    /** Held so the level set on it is not lost to garbage collection. */
    private static final Logger KAOPING_LOGGER = Logger.getLogger("org.kaoping");

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /**
     * Runs the command line with {@code args}, writing UTF-8 to {@code out} and {@code err}, which stay
     * open, and returns the exit code.
     */
    public static int run(OutputStream out, OutputStream err, String... args) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        Level saved = KAOPING_LOGGER.getLevel();
        boolean verbose = false;
        for (String a : args) {
            verbose |= "--verbose".equals(a);
        }
        KAOPING_LOGGER.setLevel(verbose ? Level.INFO : Level.OFF);
        try {
            java.nio.file.Path demoOut = plainDemo(args);
            if (demoOut != null) {
                return demo(outWriter, errWriter, demoOut, verbose);
            }
            CommandLine cli = commandLine(args);
            cli.setOut(outWriter);
            cli.setErr(errWriter);
            cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                if (e instanceof KaopingException || e instanceof UncheckedIOException) {
                    commandLine.getErr().println("kaoping: error: " + e.getMessage());
                    return CommandLine.ExitCode.SOFTWARE;
                }
                throw e;
            });
            return cli.execute(args);
        } finally {
            KAOPING_LOGGER.setLevel(saved);
            outWriter.flush();
            errWriter.flush();
        }
    }

    /**
     * The main job's command line, {@code demo} with at most {@code --out DIR} ({@code -o DIR}, {@code --out=DIR}) and
     * {@code --verbose} once anywhere: the folder it names (by default {@code kaoping-demo}), or null for any other command
     * line, which picocli parses. Picocli's model of the demo command costs about 0.15 s of a cold JVM's 1.5 s budget
     * (issue 14) and would parse these arguments to the same folder; anything it might read otherwise (help, a value
     * starting with {@code -} or {@code @}, an option given twice, an unknown word) goes to picocli.
     */
    static java.nio.file.Path plainDemo(String... args) {
        boolean demo = false;
        boolean verbose = false;
        String out = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ("--verbose".equals(a)) {
                if (verbose) {
                    return null; // picocli refuses an option given twice
                }
                verbose = true;
                continue;
            }
            if (!demo) {
                if (!"demo".equals(a)) {
                    return null;
                }
                demo = true;
                continue;
            }
            if (out != null) {
                return null;
            }
            if ("--out".equals(a) || "-o".equals(a)) {
                if (i + 1 >= args.length) {
                    return null;
                }
                out = args[++i];
            } else if (a.startsWith("--out=")) {
                out = a.substring("--out=".length());
            } else {
                return null;
            }
            if (out.isEmpty() || out.startsWith("-") || out.startsWith("@")) {
                return null;
            }
        }
        return demo ? java.nio.file.Paths.get(out == null ? "kaoping-demo" : out) : null;
    }

    /** Runs the demo as picocli would run {@code CycleCommands.Demo}, with the same exit codes and error line. */
    private static int demo(PrintWriter out, PrintWriter err, java.nio.file.Path dir, boolean verbose) {
        try {
            return CycleCommands.Demo.run(out, err, dir, verbose);
        } catch (KaopingException | UncheckedIOException e) {
            err.println("kaoping: error: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        } catch (RuntimeException e) {
            e.printStackTrace(err); // what picocli does with an exception the handler rethrows
            return CommandLine.ExitCode.SOFTWARE;
        }
    }

    /**
     * The command line for {@code args}: the top-level command with every subcommand, or with only the subcommand
     * {@code args} names when nothing before it but {@code --verbose} could make picocli look at the others (help,
     * version, an {@code @file} of arguments, {@code --}, an unknown word). Parsing, help and errors of that subcommand
     * are the same either way; building the other fourteen commands' models would only cost time.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new KaopingCommand());
        Class<?> only = KaopingCommand.subcommandNamed(commandWord(args));
        for (Class<?> c : KaopingCommand.SUBCOMMANDS) {
            if (only == null || c == only) {
                cli.addSubcommand(c);
            }
        }
        return cli;
    }

    /** The first argument if it may name a subcommand with only {@code --verbose} before it, else null. */
    private static String commandWord(String... args) {
        for (String a : args) {
            if (!"--verbose".equals(a)) {
                return a.startsWith("-") || a.startsWith("@") ? null : a;
            }
        }
        return null;
    }
}
