package dev.blogwright.logic.export.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.export.RenderedPost;
import dev.blogwright.logic.export.site.ThemeViews.Link;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A post page's sources are written field by field: every field of the post but its body and every field of the
 * rendered post has to move the key, or a new process keeps a stale page when only that field changed. The fields
 * are found by reflection here, so a field added to either record fails this test until it is written.
 */
class PostSourcesTest {
    private static final Post POST = new Post(7, "a-post", "A title", "", "An excerpt", "🌲", 3L, PostStatus.PUBLISHED,
            true, false, Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-01-02T00:00:00Z"),
            Instant.parse("2025-01-03T00:00:00Z"), "en", "Meta title", "Meta description", "https://example.org/a",
            "assets/a.png", "Alt", 2.5, List.of("one", "two"), "{\"x\":1}", "posts/a.md", ZoneOffset.ofHours(2),
            PostKind.POST, 1L);
    private static final RenderedPost RENDERED = new RenderedPost(POST, "body-key", "Rendered excerpt", 120, 1,
            Set.of("a.png"), "");
    private static final Link PREVIOUS = new Link("Before", "../before/");
    private static final Link NEXT = new Link("After", "../after/");

    private static String key(RenderedPost rp) {
        return PostSources.key("shared", "posts/a-post/index.html", rp, PREVIOUS, NEXT, List.of(false, "a.png"));
    }

    @Test
    void everyFieldOfThePostButItsBodyMovesTheKey() throws ReflectiveOperationException {
        String base = key(RENDERED);
        RecordComponent[] components = Post.class.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            Post changed = with(POST, components, i);
            String key = key(new RenderedPost(changed, RENDERED.bodyKey(), RENDERED.excerpt(), RENDERED.words(),
                    RENDERED.readingMinutes(), RENDERED.assets(), RENDERED.mark()));
            if (components[i].getName().equals("body")) {
                assertThat(key).as("the body enters by its fingerprint only").isEqualTo(base);
            } else {
                assertThat(key).as(components[i].getName()).isNotEqualTo(base);
            }
        }
    }

    @Test
    void everyFieldOfTheRenderedPostMovesTheKey() throws ReflectiveOperationException {
        String base = key(RENDERED);
        RecordComponent[] components = RenderedPost.class.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            assertThat(key(with(RENDERED, components, i))).as(components[i].getName()).isNotEqualTo(base);
        }
    }

    @Test
    void theNeighboursTheImagesTheFileAndTheSharedSourcesMoveTheKey() {
        String file = "posts/a-post/index.html";
        List<Object> images = List.of(false, "a.png");
        Set<String> keys = new HashSet<>(List.of(
                PostSources.key("shared", file, RENDERED, PREVIOUS, NEXT, images),
                PostSources.key("shared", file, RENDERED, null, NEXT, images),
                PostSources.key("shared", file, RENDERED, PREVIOUS, null, images),
                PostSources.key("shared", file, RENDERED, NEXT, PREVIOUS, images),
                PostSources.key("shared", file, RENDERED, new Link("Before!", "../before/"), NEXT, images),
                PostSources.key("shared", file, RENDERED, PREVIOUS, NEXT, List.of(true, "a.png")),
                PostSources.key("shared", "posts/b/index.html", RENDERED, PREVIOUS, NEXT, images),
                PostSources.key("other", file, RENDERED, PREVIOUS, NEXT, images)));
        assertThat(keys).hasSize(8);
        assertThat(PostSources.key("shared", file, RENDERED, PREVIOUS, NEXT, images))
                .as("the same sources give the same key").isEqualTo(key(RENDERED));
    }

    /** {@code record} with its component {@code i} set to another value of its type. */
    @SuppressWarnings("unchecked")
    private static <R extends Record> R with(R record, RecordComponent[] components, int i)
            throws ReflectiveOperationException {
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int c = 0; c < components.length; c++) {
            values[c] = components[c].getAccessor().invoke(record);
            types[c] = components[c].getType();
        }
        values[i] = other(values[i], types[i]);
        Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
        return (R) canonical.newInstance(values);
    }

    private static Object other(Object value, Class<?> type) {
        if (type == String.class) {
            return value + "!";
        } else if (type == long.class || type == Long.class) {
            return value == null ? 1L : (Long) value + 1;
        } else if (type == int.class) {
            return (Integer) value + 1;
        } else if (type == double.class) {
            return (Double) value + 0.5;
        } else if (type == boolean.class) {
            return !(Boolean) value;
        } else if (type == Instant.class) {
            return ((Instant) value).plusMillis(1);
        } else if (type == ZoneOffset.class) {
            return ZoneOffset.ofHours(3);
        } else if (type == List.class) {
            List<Object> list = new ArrayList<>((List<?>) value);
            list.add("three");
            return list;
        } else if (type == Set.class) {
            Set<Object> set = new LinkedHashSet<>((Set<?>) value);
            set.add("b.png");
            return set;
        } else if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[0].equals(value) ? constants[1] : constants[0];
        } else if (type == Post.class) {
            return ((Post) value).toBuilder().title("Another title").build();
        }
        throw new AssertionError("No other value for a " + type + " yet: add one here and write the field in "
                + "PostSources");
    }
}
