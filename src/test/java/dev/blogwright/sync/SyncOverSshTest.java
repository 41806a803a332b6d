package dev.blogwright.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.sync.SyncReport;
import dev.blogwright.logic.sync.SyncService;
import dev.blogwright.testing.LoopbackSshd;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sync over {@code ssh://} to Debian's OpenSSH on loopback (git-upload-pack and git-receive-pack of Debian's git),
 * with the key and known host from an SSH folder of the test's own, never from the library: create on one library,
 * sync both, equal; an edit on the other comes back. Skips itself where sshd or git is absent.
 */
class SyncOverSshTest {
    @RegisterExtension
    static final LoopbackSshd SSHD = new LoopbackSshd();

    @TempDir
    Path dir;
    private Path sshDir;
    private String url;

    @BeforeEach
    void bareRepositoryBehindSshd() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/git")), "no git here (apt-get install git)");
        Path bare = Files.createDirectories(dir.resolve("srv/blog.git"));
        LoopbackSshd.run(bare, "git", "init", "-q", "--bare", "-b", "main");
        sshDir = SSHD.sshDirWithKnownHosts(dir.resolve("home"), SSHD.knownHostsLine());
        Files.copy(SSHD.clientKey(), sshDir.resolve("id_ed25519"));
        Files.setPosixFilePermissions(sshDir.resolve("id_ed25519"), PosixFilePermissions.fromString("rw-------"));
        url = "ssh://" + SSHD.user() + "@" + SSHD.host() + ":" + SSHD.port() + bare.toUri().getRawPath();
    }

    private BlogLibrary open(String name) throws Exception {
        return BlogLibrary.open(Files.createDirectories(dir.resolve(name)).resolve("library.db"), OpenMode.CREATE);
    }

    private SyncService sync(BlogLibrary lib) {
        return new SyncService(LibraryTexts.of(lib), sshDir);
    }

    @Test
    void aLibraryCreatedOnOneComputerReachesTheOtherAndBack() throws Exception {
        SyncReport first;
        try (BlogLibrary laptop = open("laptop")) {
            laptop.installSample();
            first = sync(laptop).init(url);
        }
        assertThat(first.pushed()).isGreaterThan(6);
        try (BlogLibrary desktop = open("desktop")) {
            assertThat(sync(desktop).init(url).pulled()).isEqualTo(first.pushed());
            var p = desktop.posts().findBySlug("ai-chatbots-lessons").orElseThrow();
            desktop.posts().save(p.toBuilder().body(p.body() + "\nWritten on the desktop.\n").build(), true);
            assertThat(sync(desktop).sync().pushed()).isEqualTo(1);
        }
        try (BlogLibrary laptop = open("laptop")) {
            assertThat(sync(laptop).sync().pulled()).isEqualTo(1);
            assertThat(laptop.posts().findBySlug("ai-chatbots-lessons").orElseThrow().body())
                    .endsWith("\nWritten on the desktop.\n");
        }
        assertThat(textOf("laptop")).isEqualTo(textOf("desktop"));
    }

    /** The library's whole Markdown export, file by file. */
    private Map<String, String> textOf(String name) throws Exception {
        Path out = dir.resolve("export-" + name);
        try (BlogLibrary lib = open(name)) {
            LibraryTexts.export(lib, out);
        }
        Map<String, String> text = new TreeMap<>();
        MarkdownRoundTripTest.files(out).forEach((k, v) -> text.put(k, new String(v, StandardCharsets.UTF_8)));
        return text;
    }
}
