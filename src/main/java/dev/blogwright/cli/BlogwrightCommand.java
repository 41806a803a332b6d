package dev.blogwright.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** The top-level command; {@link Cli} adds the subcommands a command line needs. */
@Command(name = "blogwright", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Offline blog authoring. With no command, opens the desktop app.")
public final class BlogwrightCommand implements Runnable {
    /** Every subcommand, in the order the help lists them. */
    static final List<Class<?>> COMMANDS = List.of(InitCommand.class, ListCommand.class, ShowCommand.class,
            NewCommand.class, SearchCommand.class, StatsCommand.class, ImportCommand.class, ExportCommand.class,
            RenderCommand.class, BackupCommand.class, RestoreCommand.class, CheckCommand.class, TargetCommand.class,
            DeployCommand.class, SyncCommand.class, EditCommand.class, ThemeCommand.class);

    @Override
    public void run() {
        throw new CliException("Name a command (see 'blogwright --help'), or give none to open the desktop app.");
    }
}
