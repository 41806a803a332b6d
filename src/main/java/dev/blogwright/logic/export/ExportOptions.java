package dev.blogwright.logic.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How to export. {@code themeDir} overrides the blog's theme setting (null: use the setting, or the built-in
 * theme). {@code zip} adds a zip of the bundle, at {@code zipPath} or, when that is null, at {@code <out>/site.zip}.
 * {@code now} decides which included posts are marked "Scheduled"; pass a fixed instant for reproducible output.
 * {@code cancelled} is polled between posts; a thread interrupt cancels too.
 */
public record ExportOptions(ExportFormat format, Path themeDir, boolean zip, Path zipPath, Instant now,
                            BooleanSupplier cancelled) {
    public ExportOptions {
        format = Objects.requireNonNullElse(format, ExportFormat.HTML);
        now = Objects.requireNonNullElseGet(now, Instant::now);
        cancelled = Objects.requireNonNullElse(cancelled, () -> false);
    }

    public static ExportOptions of(ExportFormat format) {
        return new ExportOptions(format, null, false, null, null, null);
    }

    public ExportOptions withThemeDir(Path dir) {
        return new ExportOptions(format, dir, zip, zipPath, now, cancelled);
    }

    public ExportOptions withZip(Path path) {
        return new ExportOptions(format, themeDir, true, path, now, cancelled);
    }

    public ExportOptions withNow(Instant instant) {
        return new ExportOptions(format, themeDir, zip, zipPath, instant, cancelled);
    }

    public ExportOptions withCancelled(BooleanSupplier flag) {
        return new ExportOptions(format, themeDir, zip, zipPath, now, flag);
    }

    void checkCancelled() {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new ExportCancelledException();
        }
    }
}
