package dev.blogwright.hardening;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Headless Chromium as a test oracle: loads a page with scripts on and returns the DOM after they ran. */
final class Chromium {
    static final Path BINARY = Path.of(System.getProperty("blogwright.chromium", "/usr/bin/chromium"));

    private Chromium() {
    }

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /**
     * The serialised DOM after load, or empty when Chromium did not finish in time: a page that opens a dialog
     * (alert, confirm, print) waits for a click forever in headless mode, so a hang means a dialog opened.
     * File pages may read each other ({@code --allow-file-access-from-files}) so a harness page can frame many.
     */
    static Optional<String> dumpDom(Path page, Path scratch, Duration timeout) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(scratch, "chromium-profile");
        Path dom = Files.createTempFile(scratch, "dom", ".html");
        Process p = new ProcessBuilder(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--allow-file-access-from-files", "--user-data-dir=" + profile, "--dump-dom", page.toUri().toString()))
                .redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                return Optional.empty();
            }
            return Optional.of(Files.readString(dom, StandardCharsets.UTF_8));
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A page that frames all {@code pages}, so one Chromium run loads them all. */
    static Path harness(Path file, List<Path> pages) throws IOException {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>harness</title></head><body>\n");
        for (Path page : pages) {
            html.append("<iframe src=\"").append(page.toUri()).append("\"></iframe>\n");
        }
        return Files.writeString(file, html.append("</body></html>\n"));
    }
}
