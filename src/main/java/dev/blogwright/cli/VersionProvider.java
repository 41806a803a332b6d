package dev.blogwright.cli;

import dev.blogwright.app.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** picocli's {@code --version}: the version the app shows too. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Blogwright " + AppVersion.version()};
    }
}
