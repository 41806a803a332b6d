package dev.blogwright.cli;

import dev.blogwright.app.BlogLibrary;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true, description = "Create a library (with --sample: the sample blog).")
final class InitCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;
    @Option(names = "--sample", description = "Fill a new, empty library with the sample blog.")
    boolean sample;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (BlogLibrary lib = library.openForWriting()) {
            if (sample) {
                if (!lib.isEmpty()) {
                    throw new CliException("The library already has posts; the sample goes only into an empty one.");
                }
                lib.installSample();
            }
            spec.commandLine().getOut().printf("Library ready: %s (%d posts)%n", lib.file(),
                    lib.stats().posts());
        }
        return 0;
    }
}
