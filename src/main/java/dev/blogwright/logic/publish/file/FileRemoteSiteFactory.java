package dev.blogwright.logic.publish.file;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.RemoteSiteFactory;
import dev.blogwright.logic.publish.TargetAccess;
import dev.blogwright.logic.publish.TargetUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Opens {@code file:///path} targets: a plain folder. A {@code file://…#branch} URL names a Git repository and is
 * the Git target's, so this factory refuses it (see {@link #handles(TargetUrl)}).
 */
public final class FileRemoteSiteFactory implements RemoteSiteFactory {
    @Override
    public Set<String> schemes() {
        return Set.of("file");
    }

    @Override
    public boolean accepts(TargetUrl url) {
        return handles(url);
    }

    /** True for a folder URL; false for {@code file://…#branch}, which the Git target opens. */
    public static boolean handles(TargetUrl url) {
        return "file".equals(url.scheme()) && (url.fragment() == null || url.fragment().isEmpty());
    }

    @Override
    public RemoteSite open(TargetUrl url, TargetAccess access) throws IOException {
        if (!handles(url)) {
            throw new PublishException(Problem.REJECTED, "A file:// URL with #branch is a Git target", null);
        }
        if (url.host() != null && !url.host().isEmpty() && !url.host().equals("localhost")) {
            throw new PublishException(Problem.REJECTED, "A file:// target must be on this machine (file:///path)",
                    null);
        }
        Path root = Path.of(url.path().isEmpty() ? "/" : url.path());
        // "Test connection": the folder must exist or be creatable below an existing, writable folder.
        Path existing = root;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new PublishException(Problem.NOT_FOUND, "Not a folder: " + (existing == null ? root : existing),
                    null);
        }
        if (!Files.isWritable(existing)) {
            throw new PublishException(Problem.PERMISSION, "Permission denied: cannot write to " + existing, null);
        }
        return new FileRemoteSite(root);
    }
}
