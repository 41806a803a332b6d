package dev.blogwright.logic.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.sync.text.PostFields;
import dev.blogwright.logic.sync.text.PostFile;
import dev.blogwright.logic.sync.text.TextYaml;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The merge matches post files by their shared id, and categories in blog.yaml by theirs. */
class TreeMergeByIdTest {
    private static final String ID = "0b6f1e0e-1c1a-4c4e-9a0e-2f6c3b7d9a11";

    private static byte[] post(String slug, String id, String category, String body) {
        Map<String, Object> top = new TreeMap<>();
        top.put("title", "A post");
        top.put("slug", slug);
        top.put("weight", 1L);
        top.put("categories", category == null ? List.of() : List.of(category));
        Map<String, Object> own = new TreeMap<>();
        own.put("status", "published");
        if (id != null) {
            own.put(PostFields.ID, id);
        }
        top.put(PostFields.OWN, own);
        return new PostFile(top, body).bytes();
    }

    private static Map<String, byte[]> files(Object... pathsAndBytes) {
        Map<String, byte[]> out = new TreeMap<>();
        for (int i = 0; i < pathsAndBytes.length; i += 2) {
            out.put((String) pathsAndBytes[i], (byte[]) pathsAndBytes[i + 1]);
        }
        return out;
    }

    @Test
    void aRenameOnOneSideAndAnEditOnTheOtherIsOneFileAtTheNewPath() {
        byte[] base = post("old", ID, null, "One.\n\nTwo.\n");
        var r = TreeMerge.merge(files("posts/old.md", base),
                files("posts/new.md", post("new", ID, null, "One.\n\nTwo.\n")),
                files("posts/old.md", post("old", ID, null, "One.\n\nTwo, edited.\n")), "Desktop");
        assertThat(r.files()).containsOnlyKeys("posts/new.md");
        assertThat(PostFile.parse(r.files().get("posts/new.md")).body()).isEqualTo("One.\n\nTwo, edited.\n");
        assertThat(r.conflicts()).isZero();
    }

    @Test
    void filesWithoutIdsFromBeforeIdsMergeWithTheSamePostNowWithAnId() {
        // The first sync after the upgrade: the base and the other side were written without ids.
        byte[] base = post("p", null, null, "One.\n\nTwo.\n");
        var r = TreeMerge.merge(files("posts/p.md", base),
                files("posts/p.md", post("p", ID, null, "One, here.\n\nTwo.\n")),
                files("posts/p.md", post("p", null, null, "One.\n\nTwo, there.\n")), "Desktop");
        assertThat(r.conflicts()).isZero();
        PostFile merged = PostFile.parse(r.files().get("posts/p.md"));
        assertThat(merged.body()).isEqualTo("One, here.\n\nTwo, there.\n");
        assertThat(PostFields.id(merged)).isEqualTo(ID);
    }

    @Test
    void aConflictVersionMovesWithItsRenamedPost() {
        byte[] base = post("old", ID, null, "Body.\n");
        String conflict = new String(post("old", ID, null, "Theirs.\n"), StandardCharsets.UTF_8);
        String conflictPath = ConflictVersion.pathOf("old", conflict);
        var r = TreeMerge.merge(files("posts/old.md", base),
                files("posts/new.md", post("new", ID, null, "Body.\n")),
                files("posts/old.md", base, conflictPath, conflict.getBytes(StandardCharsets.UTF_8)), "Desktop");
        assertThat(r.files()).containsOnlyKeys("posts/new.md", ConflictVersion.pathOf("new", conflict));
    }

    @Test
    void aPostInACategoryRenamedOnTheOtherSideNamesItsNewName() {
        byte[] blogBase = blog("News", null);
        var r = TreeMerge.merge(files("blog.yaml", blogBase),
                files("blog.yaml", blog("Updates", null)),
                files("blog.yaml", blog("News", "Sub"), "posts/fresh.md", post("fresh", ID, "News", "New.\n")),
                "Desktop");
        assertThat(PostFields.category(PostFile.parse(r.files().get("posts/fresh.md")))).isEqualTo("Updates");
        String yaml = new String(r.files().get("blog.yaml"), StandardCharsets.UTF_8);
        assertThat(yaml).contains("name: Updates").doesNotContain("name: News").contains("parent: Updates");
    }

    /** A blog whose one category (id c1) has the given name, and a child "Sub" under it when {@code child} is given. */
    private static byte[] blog(String name, String child) {
        Map<String, Object> top = new TreeMap<>();
        top.put("settings", Map.of("title", "Blog"));
        Map<String, Object> category = new TreeMap<>(Map.of("name", name, "slug", "news", "position", 1L,
                "id", "c1"));
        top.put("categories", child == null ? List.of(category) : List.of(category,
                new TreeMap<>(Map.of("name", child, "slug", "sub", "position", 2L, "id", "c2", "parent", name))));
        top.put("tags", List.of());
        return TextYaml.write(top).getBytes(StandardCharsets.UTF_8);
    }
}
