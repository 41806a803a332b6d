package dev.blogwright.logic.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** The bundle's {@code .blogwright-manifest.json}: every file's path and SHA-256, so a re-export can diff. */
final class Manifest {
    private Manifest() {
    }

    static Map<String, String> read(Path file) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return hashes;
        }
        JsonNode files = JsonOutput.MAPPER.readTree(file.toFile()).path("files");
        files.fields().forEachRemaining(e -> hashes.put(e.getKey(), e.getValue().asText()));
        return hashes;
    }

    static byte[] toJson(Map<String, String> hashes) {
        return JsonOutput.pretty(Map.of("version", 1, "files", new TreeMap<>(hashes)));
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
