package dev.blogwright.logic.export.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.export.site.ThemeViews.Card;
import dev.blogwright.logic.export.site.ThemeViews.Link;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A card's key is written field by field: every field of the card (found here by reflection, so a field added to
 * the record fails this test until it is written) has to move it, or a listing that shows the card is kept stale.
 */
class CardKeyTest {
    private static final Card CARD = new Card("A title", "posts/a/", "🌲", new Link("Notes", "category/notes/"),
            List.of(new Link("one", "tag/one/"), new Link("two", "tag/two/")), "An excerpt", "1 Jan 2025",
            "2025-01-01T00:00:00Z", 3, "");

    @Test
    void everyFieldOfTheCardMovesTheKey() throws ReflectiveOperationException {
        String base = CardKey.of(CARD);
        RecordComponent[] components = Card.class.getRecordComponents();
        Set<String> keys = new HashSet<>(List.of(base));
        for (int i = 0; i < components.length; i++) {
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int c = 0; c < components.length; c++) {
                values[c] = components[c].getAccessor().invoke(CARD);
                types[c] = components[c].getType();
            }
            values[i] = other(values[i], types[i]);
            Card changed = Card.class.getDeclaredConstructor(types).newInstance(values);
            assertThat(keys.add(CardKey.of(changed))).as(components[i].getName()).isTrue();
        }
        assertThat(CardKey.of(new Card("A title", "posts/a/", "🌲", new Link("Notes", "category/notes/"),
                List.of(new Link("one", "tag/one/"), new Link("two", "tag/two/")), "An excerpt", "1 Jan 2025",
                "2025-01-01T00:00:00Z", 3, ""))).as("an equal card, the same key").isEqualTo(base);
    }

    @Test
    void noCategoryAndTagsMovedBetweenLinksGiveOtherKeys() {
        Set<String> keys = new HashSet<>(List.of(CardKey.of(CARD),
                CardKey.of(new Card("A title", "posts/a/", "🌲", null, CARD.tags(), "An excerpt", "1 Jan 2025",
                        "2025-01-01T00:00:00Z", 3, "")),
                CardKey.of(new Card("A title", "posts/a/", "🌲", CARD.category(),
                        List.of(new Link("two", "tag/two/"), new Link("one", "tag/one/")), "An excerpt",
                        "1 Jan 2025", "2025-01-01T00:00:00Z", 3, "")),
                CardKey.of(new Card("A title", "posts/a/", "🌲", CARD.category(),
                        List.of(new Link("one", "tag/onetag/two/"), new Link("two", "")), "An excerpt",
                        "1 Jan 2025", "2025-01-01T00:00:00Z", 3, ""))));
        assertThat(keys).hasSize(4);
    }

    private static Object other(Object value, Class<?> type) {
        if (type == String.class) {
            return value + "!";
        } else if (type == int.class) {
            return (Integer) value + 1;
        } else if (type == Link.class) {
            return new Link("Other", "category/other/");
        } else if (type == List.class) {
            List<Object> list = new ArrayList<>((List<?>) value);
            list.add(new Link("three", "tag/three/"));
            return list;
        }
        throw new AssertionError("No other value for a " + type + " yet: add one here and write the field in CardKey");
    }
}
