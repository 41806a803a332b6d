package dev.blogwright.cli;

import dev.blogwright.logic.LibraryException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs one command and returns its exit code: 0 done, 1 a user error (one line on stderr, details in the log),
 * 2 a usage error.
 */
public final class Cli {
    static {
        // picocli looks up Groovy's Closure class by name when it starts, through every jar of the class path: all
        // 53 opened in the app image, 27 ms of --version. No command here uses Groovy closures.
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
    }

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        return run(commandsFor(args), args);
    }

    /** With the given subcommands only; tests run every command line both ways and compare. */
    int run(List<Class<?>> commands, String... args) {
        CommandLine cmd = new CommandLine(new BlogwrightCommand());
        for (Class<?> command : commands) {
            cmd.addSubcommand(command);
        }
        cmd.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cmd.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cmd.setExecutionExceptionHandler(new Failures());
        try {
            return cmd.execute(args);
        } finally {
            cmd.getOut().flush();
            cmd.getErr().flush();
        }
    }

    /**
     * One line on stderr and the details in the log. A class rather than a lambda: picocli's classes are Java 5
     * bytecode, which the AppCDS dump leaves out once a lambda's proxy has linked one of them; this interface then
     * came from the jars, and finding it opened 45 of the 53.
     */
    private static final class Failures implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
            // The logger is asked for here, so a command that logs nothing never starts the logging.
            Logger log = LoggerFactory.getLogger(Cli.class);
            if (e instanceof LibraryException || e instanceof CliException) {
                log.info("command failed: {}", e.getMessage(), e);
                command.getErr().println("blogwright: " + e.getMessage());
            } else {
                log.error("command failed unexpectedly", e);
                command.getErr().println("blogwright: unexpected error (" + e.getClass().getSimpleName() + ": "
                        + e.getMessage() + "); details are in the log.");
            }
            return 1;
        }
    }

    /**
     * The subcommands picocli must know for these arguments: only the one named first, when it is one (picocli reads
     * the annotations of every command it is given, ~25 ms for all of them); none for a lone --version; all
     * otherwise, so help, usage errors and "did you mean" see every command.
     */
    static List<Class<?>> commandsFor(String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return List.of();
        }
        if (args.length > 0) {
            for (Class<?> command : BlogwrightCommand.COMMANDS) {
                Command c = command.getAnnotation(Command.class);
                if (c.name().equals(args[0]) || List.of(c.aliases()).contains(args[0])) {
                    return List.of(command);
                }
            }
        }
        return BlogwrightCommand.COMMANDS;
    }
}
