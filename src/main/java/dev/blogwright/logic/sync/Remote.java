package dev.blogwright.logic.sync;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * Fetch and push through JGit, with failures turned into one line that says what kind they are. An HTTPS token
 * comes from {@code $BLOGWRIGHT_GIT_TOKEN}, SSH keys and known hosts from an SSH folder ({@code ~/.ssh} unless the
 * caller names another; JGit's Apache MINA transport, no agent): never from the library file.
 */
final class Remote implements AutoCloseable {
    /** How the reason of a sync that found no repository at the address begins. */
    static final String NOT_FOUND = "not found:";
    static final int TIMEOUT_SECONDS = 30;

    private final GitStore store;
    private final String url;
    private final SshdSessionFactory ssh;

    Remote(GitStore store, String url, Path sshDir) {
        this.store = store;
        this.url = url;
        this.ssh = isSsh(url) ? new SshdSessionFactoryBuilder()
                .setHomeDirectory(sshDir.toAbsolutePath().getParent().toFile())
                .setSshDirectory(sshDir.toFile())
                .build(null) : null;
    }

    /** {@code ssh://…} or the short form {@code user@host:path}. */
    static boolean isSsh(String url) {
        try {
            URIish u = new URIish(url);
            return "ssh".equals(u.getScheme()) || (u.getScheme() == null && u.getHost() != null);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (ssh != null) {
            ssh.close();
        }
    }

    void fetch() {
        try {
            configure(store.git().fetch().setRemote("origin")
                    .setRefSpecs(new RefSpec("+refs/heads/*:refs/remotes/origin/*"))).call();
        } catch (GitAPIException | RuntimeException e) {
            throw classify(e);
        }
    }

    /** Pushes main; false when the remote moved meanwhile (someone else pushed first), so the caller merges again. */
    boolean push() {
        Iterable<PushResult> results;
        Optional<StalePushLocks> locks = StalePushLocks.forRemote(store.git().getRepository().getDirectory().toPath(),
                url);
        try {
            if (locks.isPresent()) {
                locks.get().beforePush();
            }
            results = configure(store.git().push().setRemote("origin")
                    .setRefSpecs(new RefSpec(GitStore.BRANCH + ":" + GitStore.BRANCH))).call();
        } catch (GitAPIException | RuntimeException e) {
            throw classify(e);
        } catch (IOException e) {
            throw new SyncException("rejected: cannot prepare the push to " + url + " (" + e.getMessage() + ")", e);
        } finally {
            locks.ifPresent(StalePushLocks::afterPushQuietly);
        }
        for (PushResult result : results) {
            for (RemoteRefUpdate u : result.getRemoteUpdates()) {
                switch (u.getStatus()) {
                    case OK, UP_TO_DATE -> { }
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
                        return false;
                    }
                    default -> throw new SyncException("rejected: " + url + " refused the push (" + u.getStatus()
                            .name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + (u.getMessage() == null ? "" : ": " + u.getMessage()) + ")");
                }
            }
        }
        return true;
    }

    private <C extends TransportCommand<C, ?>> C configure(C command) {
        command.setTimeout(TIMEOUT_SECONDS);
        if (ssh != null) {
            command.setTransportConfigCallback(t -> {
                if (t instanceof SshTransport sshTransport) {
                    sshTransport.setSshSessionFactory(ssh);
                }
            });
        }
        String token = System.getenv("BLOGWRIGHT_GIT_TOKEN");
        if (token != null && !token.isBlank() && url.toLowerCase(Locale.ROOT).startsWith("http")) {
            command.setCredentialsProvider(new UsernamePasswordCredentialsProvider(token, ""));
        }
        return command;
    }

    private SyncException classify(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = firstLine(e.getMessage());
        String all = (why + " " + firstLine(root.getMessage())).toLowerCase(Locale.ROOT);
        if (all.contains("auth") || all.contains("not authorized") || all.contains("permission denied")
                || all.contains("credentials")) {
            return new SyncException("auth: " + url + " refused the credentials (" + why + ")", e);
        }
        if (all.contains("not found") || all.contains("invalid remote") || all.contains("not a git repository")
                || all.contains("does not appear to be a git repository")) {
            // Reachable, but nothing there: a mistyped address, not a network to wait for.
            return new SyncException(NOT_FOUND + " no Git repository at " + url + " (" + why + ")", e);
        }
        if (all.contains("rejected")) {
            return new SyncException("rejected: " + url + " refused (" + why + ")", e);
        }
        return new SyncException("offline: cannot reach " + url + " (" + why + ")", e);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").strip();
    }

}
