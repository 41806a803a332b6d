/**
 * The command line (picocli): one class per command, each printing one line per user error and the details to the
 * log. Talks to a person, so it may write to stdout and stderr; reaches the library only through app.
 */
package dev.blogwright.cli;
