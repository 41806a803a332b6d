package dev.blogwright.logic.publish.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.RemoteSiteFactory;
import dev.blogwright.logic.publish.RemoteSites;
import dev.blogwright.logic.publish.TargetAccess;
import dev.blogwright.logic.publish.TargetUrl;
import dev.blogwright.logic.publish.sftp.SftpRemoteSiteFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;

/** How Git target URLs map to remotes, branches and credentials, and which factory a URL reaches. */
class GitTargetUrlsTest {
    @Test
    void gitPlusSshBecomesAnSshRemoteAndTheFragmentTheBranch() throws PublishException {
        TargetUrl url = TargetUrl.parse("git+ssh://git@example.com:2222/owner/site.git#pages");
        assertThat(GitRemoteSiteFactory.remoteOf(url).toString()).isEqualTo("ssh://git@example.com:2222/owner/site.git");
        assertThat(GitRemoteSiteFactory.branchOf(url)).isEqualTo("pages");
    }

    @Test
    void noBranchMeansGhPages() throws PublishException {
        TargetUrl url = TargetUrl.parse("https://example.com/owner/site.git");
        assertThat(GitRemoteSiteFactory.remoteOf(url).toString()).isEqualTo("https://example.com/owner/site.git");
        assertThat(GitRemoteSiteFactory.branchOf(url)).isEqualTo("gh-pages");
    }

    @Test
    void eachBranchOfARemoteHasItsOwnCache() throws PublishException {
        URIish remote = GitRemoteSiteFactory.remoteOf(TargetUrl.parse("file:///srv/site.git#a"));
        assertThat(GitRemoteSiteFactory.cacheKey(remote, "a")).isNotEqualTo(GitRemoteSiteFactory.cacheKey(remote, "b"))
                .hasSize(24);
    }

    @Test
    void aFileUrlIsAGitTargetOnlyWithABranch() {
        RemoteSiteFactory folder = new RemoteSiteFactory() {
            @Override
            public Set<String> schemes() {
                return Set.of("file");
            }

            @Override
            public RemoteSite open(TargetUrl url, TargetAccess access) {
                throw new UnsupportedOperationException("not opened in this test");
            }
        };
        GitRemoteSiteFactory git = new GitRemoteSiteFactory(Path.of("cache"), Path.of("ssh"));
        RemoteSites sites = new RemoteSites(List.of(folder, git));
        assertThat(sites.factoryFor(TargetUrl.parse("file:///srv/site.git#gh-pages"))).isSameAs(git);
        assertThat(sites.factoryFor(TargetUrl.parse("file:///srv/www"))).isSameAs(folder);
    }

    @Test
    void theStandardTargetsIncludeSftpAndGit() {
        RemoteSites standard = RemoteSites.standard();
        assertThat(standard.factoryFor(TargetUrl.parse("sftp://me@example.com/www")))
                .isInstanceOf(SftpRemoteSiteFactory.class);
        assertThat(standard.factoryFor(TargetUrl.parse("git+ssh://git@example.com/o/s.git#gh-pages")))
                .isInstanceOf(GitRemoteSiteFactory.class);
        assertThat(standard.factoryFor(TargetUrl.parse("file:///srv/s.git#gh-pages")))
                .isInstanceOf(GitRemoteSiteFactory.class);
    }

    @Test
    void anHttpsRemoteGetsTheTargetsPasswordAsItsToken() throws Exception {
        URIish remote = new URIish("https://example.com/owner/site.git");
        TargetAccess access = new TargetAccess("s3cr3t-token".toCharArray(), null, null, null, null);
        try (GitTransports transports = new GitTransports(remote, access, Path.of("no-ssh"));
                InMemoryRepository repository = new InMemoryRepository(new DfsRepositoryDescription("t"));
                Transport transport = transports.open(repository)) {
            CredentialItem.Username user = new CredentialItem.Username();
            CredentialItem.Password password = new CredentialItem.Password();
            assertThat(transport.getCredentialsProvider().get(remote, user, password)).isTrue();
            assertThat(user.getValue()).isEqualTo("x-access-token");
            assertThat(new String(password.getValue())).isEqualTo("s3cr3t-token");
        }
    }
}
