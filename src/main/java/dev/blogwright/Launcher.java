package dev.blogwright;

import dev.blogwright.cli.Cli;

/**
 * Entry point of the jar. It does not extend {@code Application}, so the JavaFX runtime on the class path is
 * only started when no command is given and the desktop app opens.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(new Cli(System.out, System.err).run(args));
    }
}
