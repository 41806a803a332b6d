package dev.blogwright;

import dev.blogwright.app.LibraryLocation;
import dev.blogwright.cli.Cli;
import dev.blogwright.cli.CliLogging;
import dev.blogwright.gui.DesktopApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Entry point of the jar. It does not extend {@code Application}, so the JavaFX runtime on the class path is
 * only started when no command is given and the desktop app opens.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (DesktopApp.DesktopUnavailable e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    private static void run(String[] args) {
        Path markdown = markdownArgument(args);
        if (markdown != null) {
            String[] rest = Arrays.copyOf(args, args.length - 1);
            String option = desktopLibraryOption(rest);
            Path file = LibraryLocation.resolve(option == null || option.isEmpty() ? null : option, System.getenv());
            DesktopApp.launch(file, false, markdown);
            return;
        }
        String library = desktopLibraryOption(args);
        if (library != null) {
            Map<String, String> env = System.getenv();
            Path file = LibraryLocation.resolve(library.isEmpty() ? null : library, env);
            boolean isDefault = library.isEmpty() && LibraryLocation.resolve(null, Map.of("XDG_DATA_HOME",
                    env.getOrDefault("XDG_DATA_HOME", ""))).equals(file);
            DesktopApp.launch(file, isDefault);
            return;
        }
        CliLogging.select();
        System.exit(new Cli(System.out, System.err).run(args));
    }

    /**
     * A Markdown file given last with nothing but {@code --library PATH} before it, as a desktop's "Open with"
     * passes it; null otherwise.
     */
    static Path markdownArgument(String[] args) {
        if (args.length == 0 || (args.length != 1 && desktopLibraryOption(
                Arrays.copyOf(args, args.length - 1)) == null)) {
            return null;
        }
        String last = args[args.length - 1];
        String lower = last.toLowerCase(Locale.ROOT);
        boolean markdown = lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdown");
        Path path = Path.of(last);
        return markdown && Files.isRegularFile(path) ? path.toAbsolutePath().normalize() : null;
    }

    /**
     * The library option when the arguments name no command (none, or only {@code --library PATH}):
     * "" for the default library, the path if given; null when the command line should run instead.
     */
    static String desktopLibraryOption(String[] args) {
        if (args.length == 0) {
            return "";
        }
        if (args.length == 2 && args[0].equals("--library")) {
            return args[1];
        }
        if (args.length == 1 && args[0].startsWith("--library=")) {
            return args[0].substring("--library=".length());
        }
        return null;
    }
}
