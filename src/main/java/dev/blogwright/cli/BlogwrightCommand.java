package dev.blogwright.cli;

import picocli.CommandLine.Command;

@Command(name = "blogwright", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Offline blog authoring. With no command, opens the desktop app.",
        subcommands = {InitCommand.class, ListCommand.class, ShowCommand.class, NewCommand.class,
                SearchCommand.class, StatsCommand.class, ImportCommand.class, ExportCommand.class, RenderCommand.class, BackupCommand.class, RestoreCommand.class})
public final class BlogwrightCommand implements Runnable {
    @Override
    public void run() {
        throw new CliException("Name a command (see 'blogwright --help'), or give none to open the desktop app.");
    }
}
