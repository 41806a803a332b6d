package dev.blogwright.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The XSS corpus of {@code hardening/xss-payloads.txt}, with its script filled in. */
final class XssPayloads {
    /** Marks the top document (visible in a dumped DOM) and opens a dialog (which hangs headless Chromium). */
    static final String JS = "top.document.documentElement.dataset.pwned=1;alert(1)";
    static final String MARK = "data-pwned";

    private XssPayloads() {
    }

    static List<String> all() {
        try (InputStream in = XssPayloads.class.getResourceAsStream("/hardening/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.replace("\\n", "\n").replace("{JS}", JS))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
