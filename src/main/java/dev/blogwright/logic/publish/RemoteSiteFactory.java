package dev.blogwright.logic.publish;

import java.io.IOException;
import java.util.Set;

/** Opens the {@link RemoteSite} of one kind of target; one per client library. */
public interface RemoteSiteFactory {
    /** The URL schemes this factory opens, lower case (e.g. {@code sftp}). */
    Set<String> schemes();

    /**
     * True when this factory wants a URL whose scheme another factory also serves, e.g. the Git target claims
     * {@code file:///…/repo.git#branch} from the folder target. Claims are asked before schemes.
     */
    default boolean claims(TargetUrl url) {
        return false;
    }

    /**
     * Whether this factory opens {@code url}. By default any URL of its schemes; a factory that shares a scheme with
     * another (a folder and a Git repository both use {@code file://}) narrows it.
     */
    default boolean accepts(TargetUrl url) {
        return schemes().contains(url.scheme());
    }

    /**
     * Connects and checks what can be checked at once (host key, credentials, bucket or repository exists, root
     * folder writable or creatable), so "Test connection" is {@code open} then {@code close}.
     */
    RemoteSite open(TargetUrl url, TargetAccess access) throws IOException;
}
