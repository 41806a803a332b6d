package dev.blogwright.cli;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.logic.theme.ThemeOptionsService;
import dev.blogwright.model.ThemeOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print every theme option as KEY<TAB>VALUE (an empty value is the theme's default).")
final class ThemeShowCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (BlogLibrary lib = library.openForReading()) {
            ThemeOptions options = lib.themeOptions().load();
            for (String key : ThemeOptionsService.KEYS) {
                out.printf("%s\t%s%n", key, ThemeOptionsService.value(options, key));
            }
        }
        return 0;
    }
}
