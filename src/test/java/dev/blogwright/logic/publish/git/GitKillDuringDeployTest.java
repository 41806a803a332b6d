package dev.blogwright.logic.publish.git;

import dev.blogwright.hardening.KillDuringDeployContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * kill -9 during deploys to the {@code gh-pages} branch of a bare repository on disk. The server only ever sees
 * whole commits, so the check is rather that a kill in the middle of staging files, committing or pushing leaves the
 * deploy's own cache of the branch (shared by every deploy of the user, as here by the parent and its children) in
 * a state the next deploy completes from.
 */
class GitKillDuringDeployTest extends KillDuringDeployContract {
    private Path bare;
    private int copies;

    @Override
    protected String url() throws IOException {
        bare = dir.resolve("server/site.git");
        try {
            Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
        } catch (GitAPIException e) {
            throw new IOException(e);
        }
        return bare.toUri() + "#gh-pages";
    }

    /** The branch's tip now, written out into a new folder. */
    @Override
    protected Path remoteFolder() throws IOException {
        return GitDeployTest.writeTip(bare, Files.createDirectories(dir.resolve("branch-" + copies++)));
    }

    @Override
    protected List<String> access() {
        return List.of("gitCache=" + dir.resolve("git-cache"), "sshDir=" + dir.resolve("no-ssh"));
    }
}
