package dev.blogwright.gui.startup;

import java.util.Locale;
import java.util.Optional;

/**
 * Tells a window system JavaFX could not start on (no GTK 3, no display) from any other failure, and says in one
 * line what a person can do about it; the command line works without either.
 */
public final class ToolkitFailure {
    static final String NO_GTK = "The desktop app needs GTK 3, which is not installed: install it (Debian/Ubuntu:"
            + " sudo apt-get install libgtk-3-0) and start Blogwright again; commands such as"
            + " 'blogwright --help' work without it.";
    static final String NO_DISPLAY = "The desktop app found no display to open its window on (DISPLAY is not set"
            + " or cannot be reached); start it from a desktop session, or run a command such as"
            + " 'blogwright --help'.";

    private ToolkitFailure() {
    }

    /** The one line to show for this failure of the toolkit's start, or empty when it is something else. */
    public static Optional<String> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("glass gtk library") || message.contains("libgtk")) {
                return Optional.of(NO_GTK);
            }
            if (message.contains("unable to open display")) {
                return Optional.of(NO_DISPLAY);
            }
        }
        return Optional.empty();
    }
}
