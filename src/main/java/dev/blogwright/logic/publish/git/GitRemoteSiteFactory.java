package dev.blogwright.logic.publish.git;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.RemoteSiteFactory;
import dev.blogwright.logic.publish.TargetAccess;
import dev.blogwright.logic.publish.TargetUrl;
import dev.blogwright.logic.publish.ssh.SshConnector;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.eclipse.jgit.transport.URIish;

/**
 * Opens a Git branch: {@code git+ssh://user@host:port/path/repo.git#branch} (or {@code ssh://}),
 * {@code https://host/owner/repo.git#branch} (token from the target's password), and {@code file:///path/repo.git#branch}
 * (a {@code file:} URL is a Git target only with a {@code #branch}; without one it is a folder). No branch means
 * {@code gh-pages}.
 */
public final class GitRemoteSiteFactory implements RemoteSiteFactory {
    static final String DEFAULT_BRANCH = "gh-pages";

    private final Path cacheRoot;
    private final Path sshDir;

    public GitRemoteSiteFactory() {
        this(Path.of(System.getProperty("user.home"), ".cache", "blogwright", "deploy"), SshConnector.userSshDir());
    }

    /**
     * @param cacheRoot where each target's small bare cache of its branch is kept between deploys
     * @param sshDir where known_hosts and the default keys are
     */
    public GitRemoteSiteFactory(Path cacheRoot, Path sshDir) {
        this.cacheRoot = cacheRoot;
        this.sshDir = sshDir;
    }

    @Override
    public Set<String> schemes() {
        return Set.of("git+ssh", "ssh", "git+https", "https", "git+file");
    }

    @Override
    public boolean claims(TargetUrl url) {
        return "file".equals(url.scheme()) && url.fragment() != null && !url.fragment().isBlank();
    }

    @Override
    public RemoteSite open(TargetUrl url, TargetAccess access) throws IOException {
        URIish remote = remoteOf(url);
        String branch = branchOf(url);
        Path cache = cacheRoot.resolve(cacheKey(remote, branch));
        GitTransports transports = new GitTransports(remote, access, sshDir);
        try {
            return GitRemoteSite.open(cache, transports, branch);
        } catch (IOException | RuntimeException e) {
            transports.close();
            throw e;
        }
    }

    static String branchOf(TargetUrl url) {
        return url.fragment() == null || url.fragment().isBlank() ? DEFAULT_BRANCH : url.fragment().strip();
    }

    /** The remote as JGit names it: {@code git+} dropped, no fragment, no query. */
    static URIish remoteOf(TargetUrl url) throws PublishException {
        String scheme = url.scheme().startsWith("git+") ? url.scheme().substring(4) : url.scheme();
        StringBuilder s = new StringBuilder(scheme).append("://");
        if (!"file".equals(scheme)) {
            if (url.host() == null || url.host().isBlank()) {
                throw new PublishException(PublishException.Problem.NOT_FOUND, "A " + url.scheme()
                        + ":// target needs a host", null);
            }
            if (url.user() != null) {
                s.append(url.user()).append('@');
            }
            s.append(url.host());
            if (url.port() > 0) {
                s.append(':').append(url.port());
            }
        }
        s.append(url.path());
        try {
            return new URIish(s.toString());
        } catch (URISyntaxException e) {
            throw new PublishException(PublishException.Problem.NOT_FOUND, "Not a Git remote: " + s, e);
        }
    }

    static String cacheKey(URIish remote, String branch) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((remote.toString() + "#" + branch).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
