package dev.blogwright.cli;

import picocli.CommandLine.Command;

/** {@code theme show|set}: the theme options a blog sets without editing templates. */
@Command(name = "theme", mixinStandardHelpOptions = true,
        description = "Show or set the theme options (logo, favicon, accent, font, header, footer, social image).",
        subcommands = {ThemeShowCommand.class, ThemeSetCommand.class})
final class ThemeCommand implements Runnable {
    @Override
    public void run() {
        throw new CliException("Name a theme command: show or set (see 'blogwright theme --help').");
    }
}
