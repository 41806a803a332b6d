package dev.blogwright.cli;

import dev.blogwright.logic.importing.ProgressListener;
import java.io.PrintWriter;

/** Progress on stderr, one line per tenth of the work, so logs of long runs stay short. */
final class CliProgress implements ProgressListener {
    private final PrintWriter err;
    private final String verb;
    private int lastTenth = -1;

    CliProgress(PrintWriter err, String verb) {
        this.err = err;
        this.verb = verb;
    }

    @Override
    public void progress(int done, int total, String current) {
        report(done, total);
    }

    void report(int done, int total) {
        if (total <= 0) {
            return;
        }
        int tenth = done * 10 / total;
        if (tenth != lastTenth && total >= 50) {
            lastTenth = tenth;
            err.printf("%s %d/%d%n", verb, done, total);
        }
    }
}
