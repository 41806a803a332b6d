package dev.blogwright.cli;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryBackups;
import dev.blogwright.app.OpenMode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a consistent copy of the library into <library>.backups/ (or --list them).")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;
    @Option(names = "--list", description = "List existing backups, newest first.")
    boolean list;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (list) {
            LibraryBackups.list(library.path()).forEach(spec.commandLine().getOut()::println);
            return 0;
        }
        try (BlogLibrary lib = BlogLibrary.open(library.path(), OpenMode.WRITE)) {
            Path backup = LibraryBackups.create(lib, "manual");
            spec.commandLine().getOut().println("Backup written: " + backup);
        }
        return 0;
    }
}
