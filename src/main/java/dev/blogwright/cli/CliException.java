package dev.blogwright.cli;

/** A user error found by a command itself (a missing file, a bad value); printed as one line, exit code 1. */
final class CliException extends RuntimeException {
    CliException(String message) {
        super(message);
    }
}
