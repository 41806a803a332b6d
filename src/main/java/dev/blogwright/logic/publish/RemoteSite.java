package dev.blogwright.logic.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files of a deploy target under its root folder, as the deploy plan sees them. Paths are relative, separated by
 * {@code /}, never start with {@code /} and never contain {@code ..} (the plan checks them before it calls here).
 * One instance is opened per deploy and closed after it; it is used from one thread (a target may use several
 * threads of its own inside {@link #uploadAll}).
 *
 * <p>Every method throws {@link PublishException} for what the user must act on (host unreachable, bad credentials,
 * unknown or changed host key, permission denied, bucket or repository missing, quota), with a one-line message.
 */
public interface RemoteSite extends AutoCloseable {

    /** Which content hash {@link #list()} reports, so the plan can compare remote files with local ones. */
    Digest digest();

    /**
     * Every file under the root, recursively, with its size and, where {@link #digest()} is not {@link Digest#NONE},
     * its hash. An empty or not yet created root gives an empty list.
     */
    List<RemoteFile> list() throws IOException;

    /** A file's bytes, or empty when it does not exist (the plan reads its own small manifest with this). */
    Optional<byte[]> read(String path) throws IOException;

    /**
     * Writes {@code source} to {@code path}, creating parent folders. Where the target can (a folder, SFTP, FTP), the
     * bytes go to a temporary name beside the file first and are renamed over it, so a reader never sees half a file
     * and a cut-off upload leaves the old file in place.
     */
    void upload(String path, Path source, UploadHints hints) throws IOException;

    /**
     * Uploads files whose order among themselves does not matter (the deploy sends its batches in
     * {@link UploadOrder}) and returns when every one is stored. Targets whose round trips add up override it to
     * send several at once; by default one after another.
     */
    default void uploadAll(List<Upload> batch, UploadListener listener) throws IOException {
        for (Upload file : batch) {
            listener.starting(file);
            upload(file.path(), file.source(), file.hints());
            listener.uploaded(file);
        }
    }

    /** Removes a file; a file that is already gone is not an error. Folders left empty may be removed too. */
    void delete(String path) throws IOException;

    /**
     * Called once after every upload and delete of a deploy succeeded. Targets that change the site in one step (a
     * Git branch: commit and push) do it here, and make no commit when nothing changed; the others do nothing.
     *
     * @param summary one line saying what changed, e.g. a commit message
     */
    default void finish(String summary) throws IOException {
    }

    @Override
    void close() throws IOException;
}
