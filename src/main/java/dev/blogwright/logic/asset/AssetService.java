package dev.blogwright.logic.asset;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.Transactions;
import dev.blogwright.model.Asset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Images and other files of the library, kept in a folder beside the database under content-hash names, so the
 * same picture pasted twice is stored once and Markdown refers to it as {@code assets/<name>}.
 */
public final class AssetService implements Assets {
    /** The prefix of an asset reference in Markdown; the preview and the export resolve it. */
    public static final String REFERENCE_PREFIX = "assets/";
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final Map<String, String> MIME = Map.of("png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "gif", "image/gif", "webp", "image/webp", "svg", "image/svg+xml",
            "avif", "image/avif", "pdf", "application/pdf");

    private final AssetRepository repo;
    private final Transactions tx;
    private final Path folder;
    private final Clock clock;

    public AssetService(AssetRepository repo, Transactions tx, Path folder, Clock clock) {
        this.repo = repo;
        this.tx = tx;
        this.folder = folder;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /** Copies a file into the library (once per content) and returns its asset record. */
    public Asset add(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new LibraryException("Not a file: " + file.getFileName());
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new LibraryException(file.getFileName() + " is larger than 50 MB and was not added.");
        }
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".incoming-", ".tmp");
        try {
            String hash = copyHashing(file, temp);
            Optional<Asset> known = repo.bySha256(hash);
            if (known.isPresent() && Files.exists(folder.resolve(known.get().fileName()))) {
                return known.get();
            }
            String ext = extensionOf(file.getFileName().toString());
            String name = hash.substring(0, 16) + (ext.isEmpty() ? "" : "." + ext);
            Files.move(temp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            if (known.isPresent()) {
                return known.get();
            }
            int[] dims = ImageSize.of(folder.resolve(name));
            Asset asset = new Asset(0, name, hash, MIME.getOrDefault(ext, "application/octet-stream"), size,
                    dims[0], dims[1], clock.instant());
            long id = tx.inTransaction(() -> repo.insert(asset));
            return new Asset(id, name, hash, asset.mimeType(), size, dims[0], dims[1], asset.createdAt());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The Markdown reference of an asset, e.g. {@code assets/3f2a9c…png}. */
    public static String reference(Asset asset) {
        return REFERENCE_PREFIX + asset.fileName();
    }

    public List<Asset> all() {
        return repo.all();
    }

    private static String copyHashing(Path from, Path to) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(from), sha256())) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,8}") ? ext : "";
    }
}
