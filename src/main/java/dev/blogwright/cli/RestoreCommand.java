package dev.blogwright.cli;

import dev.blogwright.app.LibraryBackups;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the library with a backup (the current file is kept as a backup too).")
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;
    @Parameters(paramLabel = "BACKUP", description = "A backup file, e.g. from 'backup --list'.")
    Path backup;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(backup)) {
            throw new CliException("No such backup: " + backup);
        }
        LibraryBackups.restore(backup, library.path());
        spec.commandLine().getOut().println("Restored " + library.path() + " from " + backup);
        return 0;
    }
}
