package dev.blogwright.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** One command-line run in this JVM, as the command-line tests see it: the exit code and what it printed. */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        return with(cli -> cli.run(args));
    }

    /** A call of the test's choosing on a {@link Cli} that prints into this run's output and error. */
    static CliRun with(Function<Cli, Integer> call) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = call.apply(new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
