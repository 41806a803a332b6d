package dev.blogwright.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.logic.sync.CachedFile;
import dev.blogwright.logic.sync.SyncReport;
import dev.blogwright.logic.sync.SyncService;
import dev.blogwright.model.Post;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edit made while a sync runs, after it read the library (or took it as unchanged from its change marker) and
 * before it writes what it pulled: never overwritten, never forgotten, pushed by the next sync at the latest.
 */
class EditDuringSyncTest {
    private static final String PULLED = "ai-chatbots-lessons";
    private static final String OTHER = "monorepo-vs-polyrepo";

    @TempDir
    Path dir;
    SyncTestKit kit;

    @BeforeEach
    void bothLibrariesShareTheSampleAndAreSettled() throws Exception {
        kit = SyncTestKit.sharingTheSample(dir);
        kit.sync("laptop");
        kit.sync("desktop");
    }

    @Test
    void anEditOfAnotherPostDuringAPullIsPushedByTheNextSync() throws Exception {
        kit.editBody("desktop", PULLED, b -> b + "\nFrom the desktop.\n");
        kit.sync("desktop");
        SyncReport pull = syncEditingDuring("laptop", OTHER, "Typed while syncing.");
        assertThat(pull.pulled()).isEqualTo(1);
        assertThat(takenAsItsCommit("laptop")).as("the edit is after the marker the sync started from").isFalse();
        assertThat(kit.post("laptop", OTHER).body()).contains("Typed while syncing.");
        assertThat(kit.sync("laptop").pushed()).isEqualTo(1);
        kit.sync("desktop");
        assertThat(kit.post("desktop", OTHER).body()).contains("Typed while syncing.");
        assertThat(kit.post("laptop", PULLED).body()).contains("From the desktop.");
    }

    @Test
    void anEditOfThePulledPostDuringAPullIsMergedNotOverwritten() throws Exception {
        kit.editBody("desktop", PULLED, b -> "A new first line from the desktop.\n\n" + b);
        kit.sync("desktop");
        syncEditingDuring("laptop", PULLED, "A last line typed while syncing.");
        Post laptop = kit.post("laptop", PULLED);
        assertThat(laptop.body()).contains("A new first line from the desktop.", "A last line typed while syncing.");
        kit.sync("laptop");
        kit.sync("desktop");
        assertThat(kit.post("desktop", PULLED).body()).isEqualTo(kit.post("laptop", PULLED).body());
    }

    @Test
    void anEditDuringASyncWithNothingToPullIsPushedByTheNextSync() throws Exception {
        SyncReport quiet = syncEditingDuring("laptop", OTHER, "Typed while syncing.");
        assertThat(quiet.pushed()).isZero();
        assertThat(takenAsItsCommit("laptop")).isFalse();
        assertThat(kit.sync("laptop").pushed()).isEqualTo(1);
        kit.sync("desktop");
        assertThat(kit.post("desktop", OTHER).body()).contains("Typed while syncing.");
    }

    @Test
    void aSyncWithNoEditSinceTheLastOneTakesTheLibraryAsItsCommitAndPushesNothing() throws Exception {
        assertThat(takenAsItsCommit("laptop")).isTrue();
        assertThat(kit.sync("laptop").summary()).isEqualTo("pulled 0, pushed 0, conflicts 0");
        kit.editBody("laptop", OTHER, b -> b + "\nOne more.\n");
        assertThat(takenAsItsCommit("laptop")).isFalse();
        assertThat(kit.sync("laptop").pushed()).isEqualTo(1);
        assertThat(takenAsItsCommit("laptop")).isTrue();
        assertThat(kit.sync("laptop").summary()).isEqualTo("pulled 0, pushed 0, conflicts 0");
    }

    @Test
    void aPulledPostIsRememberedAsTheFileItCameFromAndTheLibraryAsTheCommit() throws Exception {
        kit.editBody("desktop", PULLED, b -> b + "\nFrom the desktop.\n");
        kit.sync("desktop");
        assertThat(kit.sync("laptop").pulled()).isEqualTo(1);
        assertThat(takenAsItsCommit("laptop")).isTrue();
        kit.with("laptop", lib -> {
            long id = lib.posts().findBySlug(PULLED).orElseThrow().id();
            CachedFile cached = LibraryTexts.of(lib).sync().cachedFiles().get(id);
            assertThat(cached).isNotNull();
            assertThat(cached.version()).isEqualTo(lib.posts().versions().get(id));
            assertThat(cached.path()).isEqualTo("posts/" + PULLED + ".md");
        });
    }

    @Test
    void aPulledFileTheLibraryWritesOtherwiseLeavesTheLibraryToBeReadAndItsFormIsPushed() throws Exception {
        Path work = dir.resolve("by-hand");
        String path = "posts/" + PULLED + ".md";
        try (Git git = Git.cloneRepository().setURI(kit.url).setDirectory(work.toFile()).call()) {
            String file = Files.readString(work.resolve(path));
            // A comment in the front matter: read as the same fields, never written back by the library.
            Files.writeString(work.resolve(path), file.replaceFirst("---\n", "---\n# edited by hand\n")
                    + "\nA line added by hand.\n");
            git.add().addFilepattern(path).call();
            git.commit().setMessage("by hand").setAuthor("Hand", "hand@example.com").call();
            git.push().call();
        }
        assertThat(kit.sync("laptop").pulled()).isEqualTo(1);
        assertThat(kit.post("laptop", PULLED).body()).endsWith("A line added by hand.\n");
        assertThat(takenAsItsCommit("laptop")).isFalse();
        // The next sync reads the library and commits the post as the library writes it.
        assertThat(kit.sync("laptop").pushed()).isEqualTo(1);
        assertThat(takenAsItsCommit("laptop")).isTrue();
        kit.sync("desktop");
        assertThat(new String(kit.text("desktop").get(path), StandardCharsets.UTF_8))
                .doesNotContain("# edited by hand").endsWith("A line added by hand.\n");
    }

    /** Whether the next sync of {@code name} takes the library as the commit it recorded, without reading it. */
    private boolean takenAsItsCommit(String name) throws Exception {
        boolean[] out = new boolean[1];
        kit.with(name, lib -> {
            var sync = LibraryTexts.of(lib).sync();
            out[0] = sync.value(SyncService.CHANGES).orElse("").equals(Long.toString(sync.changeCount()));
        });
        return out[0];
    }

    /** Syncs {@code name}, appending {@code line} to a post once, between reading the library and importing. */
    private SyncReport syncEditingDuring(String name, String slug, String line) throws Exception {
        AtomicInteger edits = new AtomicInteger();
        SyncReport[] report = new SyncReport[1];
        kit.with(name, lib -> report[0] = LibraryTexts.sync(lib).beforeImport(() -> {
            if (edits.getAndIncrement() == 0) {
                append(lib, slug, line);
            }
        }).sync());
        assertThat(edits.get()).isPositive();
        return report[0];
    }

    private static void append(BlogLibrary lib, String slug, String line) {
        Post p = lib.posts().findBySlug(slug).orElseThrow();
        lib.posts().save(p.toBuilder().body(p.body() + "\n" + line + "\n").build(), true);
    }
}
