package dev.blogwright.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** Appends the figures a hardening run produced (kills survived, payloads tried …) to target/, for SECURITY.md. */
final class Figures {
    private static final Path FILE = Path.of("target", "hardening-figures.txt");

    private Figures() {
    }

    static synchronized void record(String name, Object value) {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, Instant.now() + " " + name + " = " + value + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
