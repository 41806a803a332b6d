package dev.blogwright.cli;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.ThemeChoices;
import dev.blogwright.logic.theme.ThemeOptionsService;
import dev.blogwright.model.ThemeOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Set a theme option; an empty VALUE (\"\") restores the default.",
            "Keys: logo, favicon, social-image (a picture file, copied into the library), accent and accent-dark "
                    + "(#rrggbb, refused below 4.5:1 contrast), font (system, serif, inter), "
                    + "header (left, centered, compact), footer (one line of Markdown)."})
final class ThemeSetCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "KEY")
    String key;
    @Parameters(index = "1", paramLabel = "VALUE", defaultValue = "")
    String value;

    @Override
    public Integer call() {
        if (!ThemeOptionsService.KEYS.contains(key)) {
            throw new CliException("Unknown theme option '" + key + "'; the options are "
                    + String.join(", ", ThemeOptionsService.KEYS));
        }
        try (BlogLibrary lib = library.openForWriting()) {
            ThemeOptions options = new ThemeChoices(lib).set(key, value);
            spec.commandLine().getOut().printf("%s\t%s%n", key, ThemeOptionsService.value(options, key));
        }
        return 0;
    }
}
