package dev.blogwright.cli;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.app.Publishing;
import dev.blogwright.logic.publish.DeployTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add", mixinStandardHelpOptions = true, description = "Add a named deploy target.")
final class TargetAddCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;
    @Parameters(index = "0", paramLabel = "NAME", description = "A short name, e.g. production or staging.")
    String name;
    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "Where to deploy, e.g. sftp://user@host/var/www or file:///srv/www (never a password).")
    String url;
    @Option(names = "--key", paramLabel = "FILE", description = "A private key for SSH (default: ~/.ssh and the agent).")
    Path key;
    @Option(names = "--password-env", paramLabel = "VAR",
            description = "An environment variable that holds the password at deploy time.")
    String passwordEnv;
    @Option(names = "--max-deletes", paramLabel = "PERCENT", defaultValue = "25",
            description = "The share of the remote files a deploy may delete without --yes (default 25).")
    double maxDeletes;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (key != null && !Files.isRegularFile(key)) {
            throw new CliException("No key file at " + key);
        }
        try (BlogLibrary lib = BlogLibrary.open(library.path(), OpenMode.WRITE)) {
            Publishing publishing = Publishing.of(lib);
            if (publishing.targets().find(name).isPresent()) {
                throw new CliException("A target named '" + name + "' exists; remove it first");
            }
            DeployTarget saved = publishing.targets().save(new DeployTarget(name, url,
                    key == null ? null : key.toAbsolutePath().toString(), passwordEnv, null,
                    maxDeletes < 0 || maxDeletes > 100 ? Double.NaN : maxDeletes / 100));
            spec.commandLine().getOut().printf("Added target %s: %s%n", saved.name(), saved.url());
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        return 0;
    }
}
