package dev.blogwright.cli;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.app.Publishing;
import dev.blogwright.logic.publish.DeployTarget;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove a deploy target, its history and its password in the keyring (not the remote files).")
final class TargetRemoveCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;
    @Parameters(index = "0", paramLabel = "NAME")
    String name;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (BlogLibrary lib = BlogLibrary.open(library.path(), OpenMode.WRITE)) {
            Publishing publishing = Publishing.of(lib);
            DeployTarget target = publishing.targets().find(name)
                    .orElseThrow(() -> new CliException("No target named '" + name + "'"));
            publishing.targets().remove(target.name());
            if (!target.url().startsWith("file:")) {
                publishing.secrets().forget(target.url());
            }
            spec.commandLine().getOut().printf("Removed target %s; the files on it stay as they are%n", target.name());
        }
        return 0;
    }
}
