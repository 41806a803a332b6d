package dev.blogwright.logic.publish.git;

import dev.blogwright.app.DeployAcrossTargetsContract;
import dev.blogwright.logic.publish.DeployTarget;
import dev.blogwright.logic.publish.RemoteSiteFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Whole deploys of the sample blog to the {@code gh-pages} branch of a bare repository on disk ({@code file://}).
 * The server's copy is the branch's tree; a change by hand is a clone, a commit and a push, as a user makes it.
 */
class GitDeployTest extends DeployAcrossTargetsContract {
    private static final PersonIdent WRITER = new PersonIdent("Writer", "writer@example.org");
    Path bare;
    private int copies;

    @Override
    protected RemoteSiteFactory factory() throws IOException {
        return new GitRemoteSiteFactory(dir.resolve("git-cache"), dir.resolve("no-ssh"));
    }

    @Override
    protected DeployTarget freshTarget(String name) throws IOException {
        bare = dir.resolve("server/site.git");
        try {
            Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
        } catch (GitAPIException e) {
            throw new IOException(e);
        }
        return DeployTarget.of(name, bare.toUri() + "#gh-pages");
    }

    @Override
    protected boolean hasCredentials() {
        return false;
    }

    @Override
    protected void useWrongCredentials() throws IOException {
        throw new UnsupportedOperationException("a repository on disk asks for no credentials");
    }

    /** The tip of {@code gh-pages} written out into a new folder. */
    @Override
    protected Path remoteFolder() throws IOException {
        return writeTip(bare, Files.createDirectories(dir.resolve("branch-" + copies++)));
    }

    /** The files of the tip of {@code gh-pages} in the repository {@code bare}, written into {@code out}. */
    static Path writeTip(Path bare, Path out) throws IOException {
        try (Repository repo = Git.open(bare.toFile()).getRepository(); RevWalk walk = new RevWalk(repo);
                TreeWalk tree = new TreeWalk(repo)) {
            ObjectId tip = repo.resolve("refs/heads/gh-pages");
            if (tip == null) {
                return out;
            }
            tree.addTree(walk.parseCommit(tip).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                Path file = out.resolve(tree.getPathString());
                Files.createDirectories(file.getParent());
                Files.write(file, repo.open(tree.getObjectId(0)).getBytes());
            }
        }
        return out;
    }

    @Override
    protected void deleteOnServer(String path) throws IOException {
        byHand(clone -> Files.delete(clone.resolve(path)), "Remove " + path);
    }

    @Override
    protected void putOnServer(String path, String content) throws IOException {
        byHand(clone -> {
            Path file = clone.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        }, "Add " + path);
    }

    private interface Change {
        void apply(Path clone) throws IOException;
    }

    private void byHand(Change change, String message) throws IOException {
        Path clone = dir.resolve("by-hand-" + copies++);
        try (Git git = Git.cloneRepository().setURI(bare.toUri().toString()).setBranch("gh-pages")
                .setDirectory(clone.toFile()).call()) {
            change.apply(clone);
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call(); // stages the deletions too
            git.commit().setMessage(message).setAuthor(WRITER).setCommitter(WRITER).call();
            git.push().call();
        } catch (GitAPIException e) {
            throw new IOException(e);
        }
    }
}
