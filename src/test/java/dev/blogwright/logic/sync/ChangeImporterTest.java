package dev.blogwright.logic.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.sync.text.BlogFile;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Category;
import dev.blogwright.model.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which pulled changes go path by path, and which need the whole-library import. */
class ChangeImporterTest {
    private static final Category NEWS = new Category(1, "News", "news", "", "", 1, null);
    private static final List<Tag> TAGS = List.of(new Tag(1, "java", "java"));

    private static byte[] blog(BlogSettings settings, List<Category> categories, List<Tag> tags) {
        return BlogFile.of(settings, categories, tags).bytes();
    }

    private static boolean handles(byte[] was, byte[] is) {
        Map<String, byte[]> after = new HashMap<>();
        after.put("posts/a-post.md", "---\ntitle: A\n---\nBody\n".getBytes());
        after.put(BlogFile.PATH, is);
        Map<String, byte[]> before = new HashMap<>();
        before.put(BlogFile.PATH, was);
        return ChangeImporter.handles(after, before);
    }

    @Test
    void postsAndConflictFilesGoPathByPath() {
        Map<String, byte[]> after = new HashMap<>();
        after.put("posts/a-post.md", null);
        after.put("conflicts/a-post/0123456789ab.md", "---\n---\n".getBytes());
        assertThat(ChangeImporter.handles(after, Map.of())).isTrue();
    }

    @Test
    void aNewTagInBlogYamlGoesPathByPath() {
        BlogSettings s = BlogSettings.defaults();
        List<Tag> more = List.of(new Tag(1, "java", "java"), new Tag(2, "sqlite", "sqlite"));
        assertThat(handles(blog(s, List.of(NEWS), TAGS), blog(s, List.of(NEWS), more))).isTrue();
    }

    @Test
    void aTagGoneOrACategoryOrSettingChangedNeedsTheWholeImport() {
        BlogSettings s = BlogSettings.defaults();
        byte[] was = blog(s, List.of(NEWS), TAGS);
        assertThat(handles(was, blog(s, List.of(NEWS), List.of()))).as("tag gone").isFalse();
        assertThat(handles(was, blog(s, List.of(new Category(1, "Newz", "news", "", "", 1, null)), TAGS)))
                .as("category renamed").isFalse();
        assertThat(handles(was, blog(s.withTimeZone("Asia/Tokyo"), List.of(NEWS), TAGS))).as("zone").isFalse();
        Map<String, byte[]> other = new HashMap<>();
        other.put("notes.txt", new byte[0]);
        assertThat(ChangeImporter.handles(other, Map.of())).as("a file of no known kind").isFalse();
    }
}
