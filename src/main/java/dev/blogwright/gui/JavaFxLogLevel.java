package dev.blogwright.gui;

import dev.blogwright.util.SetsThirdPartyLogging;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * JavaFX logs through java.util.logging; its start-up warning "Unsupported JavaFX configuration" (classes on the
 * class path, as this app runs) says nothing a user can act on, so only its severe messages are let through.
 */
@SetsThirdPartyLogging
final class JavaFxLogLevel {
    /** Held so the level set on it stays: java.util.logging keeps its loggers only weakly. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private JavaFxLogLevel() {
    }

    static void onlySevere() {
        JAVAFX.setLevel(Level.SEVERE);
    }
}
