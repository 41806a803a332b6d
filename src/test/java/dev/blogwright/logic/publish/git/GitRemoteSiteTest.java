package dev.blogwright.logic.publish.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.RemoteSiteContract;
import dev.blogwright.logic.publish.TargetAccess;
import dev.blogwright.logic.publish.TargetUrl;
import dev.blogwright.logic.publish.UploadHints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared contract and Git's own promises against a bare repository on disk ({@code file://}). */
class GitRemoteSiteTest extends RemoteSiteContract {
    @TempDir
    Path work;
    private Path bare;
    private int caches;

    @BeforeEach
    void makeBareRepository() throws GitAPIException {
        bare = work.resolve("site.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
    }

    private TargetUrl url() {
        return TargetUrl.parse(bare.toUri() + "#gh-pages");
    }

    /** A factory with a cache of its own, as on another computer: what it sees is what the remote has. */
    private GitRemoteSiteFactory freshFactory() {
        return new GitRemoteSiteFactory(work.resolve("cache" + caches++), work.resolve("no-ssh"));
    }

    @Override
    protected RemoteSite openEmptySite() throws IOException {
        return freshFactory().open(url(), TargetAccess.NONE);
    }

    @Override
    protected RemoteSite reopen() throws IOException {
        return freshFactory().open(url(), TargetAccess.NONE);
    }

    private ObjectId tip() throws IOException {
        try (Repository r = Git.open(bare.toFile()).getRepository()) {
            return r.resolve("refs/heads/gh-pages");
        }
    }

    @Test
    void aDeployIsOneCommitWithTheSummaryOnANewOrphanBranch() throws IOException {
        try (RemoteSite site = openEmptySite()) {
            site.upload("index.html", file("i", "<p>hi</p>"), UploadHints.BINARY);
            site.upload("css/site.css", file("c", "body{}"), UploadHints.BINARY);
            site.finish("Deploy: 2 uploaded");
        }
        try (Repository r = Git.open(bare.toFile()).getRepository(); RevWalk walk = new RevWalk(r)) {
            RevCommit commit = walk.parseCommit(tip());
            assertThat(commit.getParentCount()).isZero();
            assertThat(commit.getFullMessage()).isEqualTo("Deploy: 2 uploaded\n");
        }
    }

    @Test
    void anUnchangedSiteMakesNoCommit() throws IOException {
        try (RemoteSite site = openEmptySite()) {
            site.upload("index.html", file("i", "<p>hi</p>"), UploadHints.BINARY);
            site.finish("first");
        }
        ObjectId first = tip();
        try (RemoteSite site = reopen()) {
            site.upload("index.html", file("same", "<p>hi</p>"), UploadHints.BINARY);
            site.delete("not/there.html");
            site.finish("second, same files");
        }
        assertThat(tip()).isEqualTo(first);
    }

    @Test
    void aDeployCutOffBeforeFinishPushesNothing() throws IOException {
        try (RemoteSite site = openEmptySite()) {
            site.upload("index.html", file("i", "v1"), UploadHints.BINARY);
            site.finish("first");
        }
        ObjectId first = tip();
        try (RemoteSite site = reopen()) {
            site.upload("index.html", file("v2", "v2"), UploadHints.BINARY);
            site.upload("new.html", file("n", "new"), UploadHints.BINARY);
        } // closed without finish: a network drop, a Cancel
        assertThat(tip()).isEqualTo(first);
        try (RemoteSite site = reopen()) {
            assertThat(site.read("index.html")).hasValueSatisfying(b -> assertThat(new String(b)).isEqualTo("v1"));
        }
    }

    @Test
    void theNextDeployOfTheSameCacheBuildsOnTheLastOne() throws IOException {
        GitRemoteSiteFactory factory = freshFactory();
        for (int i = 1; i <= 3; i++) {
            try (RemoteSite site = factory.open(url(), TargetAccess.NONE)) {
                site.upload("page" + i + ".html", file("p" + i, "page " + i), UploadHints.BINARY);
                site.finish("deploy " + i);
            }
        }
        try (RemoteSite site = reopen()) {
            assertThat(site.list()).hasSize(3);
        }
    }

    @Test
    void aPushAfterSomeoneElsePushedIsRejectedNotOverwritten() throws IOException {
        try (RemoteSite site = openEmptySite()) {
            site.upload("index.html", file("i", "v1"), UploadHints.BINARY);
            site.finish("first");
        }
        try (RemoteSite slow = reopen()) {
            try (RemoteSite quick = reopen()) {
                quick.upload("index.html", file("q", "quick"), UploadHints.BINARY);
                quick.finish("quick");
            }
            ObjectId quickTip = tip();
            slow.upload("index.html", file("s", "slow"), UploadHints.BINARY);
            PublishException e = catchThrowableOfType(PublishException.class, () -> slow.finish("slow"));
            assertThat(e.problem()).isEqualTo(Problem.REJECTED);
            assertThat(e.getMessage()).doesNotContain("\n");
            assertThat(tip()).isEqualTo(quickTip);
        }
    }

    @Test
    void otherBranchesAreLeftAlone() throws IOException, GitAPIException {
        Path clone = work.resolve("clone");
        try (Git git = Git.cloneRepository().setURI(bare.toUri().toString()).setDirectory(clone.toFile()).call()) {
            Files.writeString(clone.resolve("README.md"), "source");
            git.add().addFilepattern("README.md").call();
            git.commit().setMessage("source").setAuthor("a", "a@b").setCommitter("a", "a@b").call();
            git.push().call();
        }
        ObjectId main;
        try (Repository r = Git.open(bare.toFile()).getRepository()) {
            main = r.resolve("refs/heads/master");
        }
        try (RemoteSite site = openEmptySite()) {
            assertThat(site.list()).isEmpty();
            site.upload("index.html", file("i", "site"), UploadHints.BINARY);
            site.finish("site");
        }
        try (Repository r = Git.open(bare.toFile()).getRepository()) {
            assertThat(r.resolve("refs/heads/master")).isEqualTo(main);
        }
    }

    @Test
    void aMissingRepositoryIsNotFound() {
        TargetUrl missing = TargetUrl.parse(work.resolve("nowhere.git").toUri() + "#gh-pages");
        PublishException e = catchThrowableOfType(PublishException.class,
                () -> freshFactory().open(missing, TargetAccess.NONE));
        assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND);
        assertThat(e.getMessage()).doesNotContain("\n");
    }
}
