package dev.blogwright.logic.publish.file;

import dev.blogwright.logic.publish.Digest;
import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import dev.blogwright.logic.publish.RemoteFile;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.UploadHints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder as a deploy target (a web server's document root, a mounted share). Each upload is copied to a temporary
 * name beside its file and renamed over it, so a reader or a kill -9 never sees half a file.
 */
public final class FileRemoteSite implements RemoteSite {
    /** Temporary uploads start with this; {@link #list()} skips and removes the ones a killed deploy left. */
    static final String TEMP_PREFIX = ".blogwright-upload-";
    private static final Logger LOG = LoggerFactory.getLogger(FileRemoteSite.class);

    private final Path root;

    FileRemoteSite(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Digest digest() {
        return Digest.NONE;
    }

    @Override
    public List<RemoteFile> list() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<RemoteFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!a.isRegularFile()) {
                    continue;
                }
                if (p.getFileName().toString().startsWith(TEMP_PREFIX)) {
                    // Only a deploy cut off mid-file leaves one: it is no file of the site.
                    Files.deleteIfExists(p);
                    continue;
                }
                files.add(new RemoteFile(relative(p), a.size(), null));
            }
        } catch (IOException | UncheckedIOException e) {
            throw mapped("list", root, e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        }
        return files;
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        Path file = resolve(path);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw mapped("read", file, e);
        }
    }

    @Override
    public void upload(String path, Path source, UploadHints hints) throws IOException {
        Path file = resolve(path);
        Path temp = file.resolveSibling(TEMP_PREFIX + UUID.randomUUID());
        try {
            Files.createDirectories(file.getParent());
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw mapped("write", file, e);
        }
    }

    @Override
    public void delete(String path) throws IOException {
        Path file = resolve(path);
        try {
            Files.deleteIfExists(file);
            removeEmptyParents(file.getParent());
        } catch (IOException e) {
            throw mapped("delete", file, e);
        }
    }

    @Override
    public void close() {
        // Nothing is held open between calls.
    }

    private void removeEmptyParents(Path dir) throws IOException {
        for (Path d = dir; d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
            try {
                Files.deleteIfExists(d);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    private Path resolve(String path) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("Not a path inside the target: " + path);
        }
        return file;
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("Could not remove the temporary file {}", temp, e);
        }
    }

    /** The one line a person can act on; the exception itself goes to the log by the caller. */
    static PublishException mapped(String verb, Path file, IOException e) {
        if (e instanceof PublishException p) {
            return p;
        }
        if (e instanceof AccessDeniedException) {
            return new PublishException(Problem.PERMISSION, "Permission denied: cannot " + verb + " " + file, e);
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(e.getMessage());
        Problem problem = reason.contains("No space left") || reason.contains("Disk quota") ? Problem.QUOTA
                : Problem.OTHER;
        return new PublishException(problem, "Cannot " + verb + " " + file + ": " + reason, e);
    }
}
