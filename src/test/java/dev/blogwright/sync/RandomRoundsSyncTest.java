package dev.blogwright.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.logic.sync.ConflictVersion;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 20 rounds of random edits on two libraries (appended lines, edits of one line, new titles, on the same or different
 * posts) with syncs in random order: in the end both libraries are equal and every edit is in its post or in one of
 * its conflict versions.
 */
class RandomRoundsSyncTest {
    @TempDir
    Path dir;

    @Test
    void randomEditsAndSyncsEndEqualWithNothingLost() throws Exception {
        SyncTestKit kit = SyncTestKit.sharingTheSample(dir);
        List<String> slugs = new ArrayList<>();
        kit.with("laptop", lib -> lib.posts().posts(PostQuery.all()).forEach(p -> slugs.add(p.slug())));
        Random random = new Random(1919);
        record Edit(String slug, String marker) {
        }
        List<Edit> edits = new ArrayList<>();
        String[] sides = {"laptop", "desktop"};
        for (int round = 0; round < 20; round++) {
            for (String side : sides) {
                int count = random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    String slug = slugs.get(random.nextInt(slugs.size()));
                    String marker = "m" + round + side.charAt(0) + i;
                    int kind = random.nextInt(3);
                    kit.editBody(side, slug, body -> switch (kind) {
                        case 0 -> body + "\n" + marker + "\n";
                        case 1 -> marker + "\n\n" + body;
                        default -> body.replaceFirst("\n", " " + marker + "\n");
                    });
                    edits.add(new Edit(slug, marker));
                }
            }
            if (random.nextBoolean()) {
                kit.sync(sides[random.nextInt(2)]);
            } else {
                kit.sync("laptop");
                kit.sync("desktop");
            }
        }
        settleAndCompare(kit);
        kit.with("laptop", lib -> {
            List<ConflictVersion> conflicts = LibraryTexts.of(lib).sync().conflicts();
            for (Edit e : edits) {
                Post p = lib.posts().findBySlug(e.slug()).orElseThrow();
                boolean inPost = p.body().contains(e.marker());
                boolean inConflict = conflicts.stream().filter(c -> c.postId() == p.id())
                        .anyMatch(c -> c.file().contains(e.marker()));
                boolean inHistory = lib.revisions().history(p.id()).stream().anyMatch(r -> r.body().contains(e.marker()));
                assertThat(inPost || inConflict || inHistory).as(e + " kept").isTrue();
                if (!inPost) {
                    assertThat(conflicts).as(e + ": its post is flagged").anyMatch(c -> c.postId() == p.id());
                }
            }
        });
    }

    /**
     * As above with slug renames mixed in (a post is followed by its shared id): renames and edits of one post on
     * both sides end as one post on both, every edit in it, in a conflict version or in its history.
     */
    @Test
    void randomEditsAndRenamesEndEqualWithNothingLost() throws Exception {
        SyncTestKit kit = SyncTestKit.sharingTheSample(dir);
        List<String> ids = new ArrayList<>();
        kit.with("laptop", lib -> ids.addAll(new TreeSet<>(LibraryTexts.of(lib).sync().postUids().values())));
        Random random = new Random(2019);
        record Edit(String id, String marker) {
        }
        List<Edit> edits = new ArrayList<>();
        String[] sides = {"laptop", "desktop"};
        for (int round = 0; round < 20; round++) {
            for (String side : sides) {
                int count = 1 + random.nextInt(2);
                for (int i = 0; i < count; i++) {
                    String id = ids.get(random.nextInt(ids.size()));
                    String marker = "m" + round + side.charAt(0) + i;
                    boolean rename = random.nextInt(3) == 0;
                    kit.with(side, lib -> {
                        Post p = byId(lib, id);
                        Post.Builder changed = p.toBuilder().body(p.body() + "\n" + marker + "\n");
                        if (rename) {
                            changed.slug("renamed-" + marker);
                        }
                        lib.posts().save(changed.build(), true);
                    });
                    edits.add(new Edit(id, marker));
                }
            }
            if (random.nextBoolean()) {
                kit.sync(sides[random.nextInt(2)]);
            } else {
                kit.sync("laptop");
                kit.sync("desktop");
            }
        }
        settleAndCompare(kit);
        kit.with("laptop", lib -> {
            assertThat(lib.posts().count(PostQuery.all())).isEqualTo(ids.size());
            List<ConflictVersion> conflicts = LibraryTexts.of(lib).sync().conflicts();
            for (Edit e : edits) {
                Post p = byId(lib, e.id());
                boolean inPost = p.body().contains(e.marker());
                boolean inConflict = conflicts.stream().filter(c -> c.postId() == p.id())
                        .anyMatch(c -> c.file().contains(e.marker()));
                boolean inHistory = lib.revisions().history(p.id()).stream().anyMatch(r -> r.body().contains(e.marker()));
                assertThat(inPost || inConflict || inHistory).as(e + " kept").isTrue();
            }
        });
    }

    private static Post byId(BlogLibrary lib, String id) {
        long postId = LibraryTexts.of(lib).sync().postUids().entrySet().stream().filter(e -> e.getValue().equals(id))
                .findFirst().orElseThrow().getKey();
        return lib.posts().find(postId).orElseThrow();
    }

    /** Syncs until both sides have everything, and checks their text forms are the same, byte for byte. */
    private static void settleAndCompare(SyncTestKit kit) throws Exception {
        kit.sync("laptop");
        kit.sync("desktop");
        kit.sync("laptop");
        Map<String, byte[]> laptop = kit.text("laptop");
        Map<String, byte[]> desktop = kit.text("desktop");
        assertThat(desktop.keySet()).isEqualTo(laptop.keySet());
        laptop.forEach((path, bytes) -> assertThat(new String(desktop.get(path))).as(path).isEqualTo(new String(bytes)));
    }
}
