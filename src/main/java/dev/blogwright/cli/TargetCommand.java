package dev.blogwright.cli;

import picocli.CommandLine.Command;

/** {@code target add|list|remove}: the named places a blog is deployed to (staging, production). */
@Command(name = "target", mixinStandardHelpOptions = true,
        description = "Manage the blog's deploy targets (sftp://, s3://, git+ssh://, ftp://, file://).",
        subcommands = {TargetAddCommand.class, TargetListCommand.class, TargetRemoveCommand.class})
final class TargetCommand implements Runnable {
    @Override
    public void run() {
        throw new CliException("Name a target command: add, list or remove (see 'blogwright target --help').");
    }
}
