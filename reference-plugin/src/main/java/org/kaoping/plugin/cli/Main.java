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
