package dev.blogwright.logic.export.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each value type a page key may hold gives equal keys for equal values and different keys for different ones. */
class InputKeysTest {
    private record Card(String title, int words, List<String> tags) {
    }

    private enum Kind { POST, PAGE }

    private static void distinguishes(Object a, Object sameAsA, Object b) {
        assertThat(InputKeys.of(a)).isEqualTo(InputKeys.of(sameAsA));
        assertThat(InputKeys.of(a)).isNotEqualTo(InputKeys.of(b));
    }

    @Test
    void strings() {
        distinguishes("Café", new StringBuilder("Café").toString(), "Cafe");
    }

    @Test
    void stringsAreDelimitedByLength() {
        assertThat(InputKeys.of("ab", "c")).isNotEqualTo(InputKeys.of("a", "bc"));
    }

    @Test
    void numbersAndBooleans() {
        distinguishes(42, 42, 43);
        distinguishes(1.5d, 1.5d, 1.25d);
        distinguishes(true, true, false);
    }

    @Test
    void nullDiffersFromEmpty() {
        assertThat(InputKeys.of((Object) null)).isNotEqualTo(InputKeys.of(""));
    }

    @Test
    void listsKeepTheirOrder() {
        distinguishes(List.of("a", "b"), new ArrayList<>(List.of("a", "b")), List.of("b", "a"));
    }

    @Test
    void setsIgnoreTheirIterationOrder() {
        distinguishes(new LinkedHashSet<>(List.of("a", "b")), new LinkedHashSet<>(List.of("b", "a")), Set.of("a", "c"));
    }

    @Test
    void mapsIgnoreTheirIterationOrder() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("x", 1);
        one.put("y", "two");
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("y", "two");
        other.put("x", 1);
        distinguishes(one, other, Map.of("x", 1, "y", "three"));
    }

    @Test
    void recordsByEveryComponent() {
        distinguishes(new Card("T", 3, List.of("a")), new Card("T", 3, List.of("a")), new Card("T", 3, List.of("b")));
    }

    @Test
    void enumsByName() {
        distinguishes(Kind.POST, Kind.POST, Kind.PAGE);
    }

    @Test
    void javaTimeValues() {
        Instant t = Instant.parse("2013-09-07T02:02:41Z");
        distinguishes(t, Instant.parse("2013-09-07T02:02:41Z"), t.plusNanos(1));
        distinguishes(LocalDate.of(2013, 9, 6), LocalDate.of(2013, 9, 6), LocalDate.of(2013, 9, 7));
        distinguishes(LocalDateTime.of(2013, 9, 6, 22, 2), LocalDateTime.of(2013, 9, 6, 22, 2),
                LocalDateTime.of(2013, 9, 6, 22, 3));
        OffsetDateTime written = OffsetDateTime.parse("2013-09-06T22:02:41-04:00");
        // The same instant written with another offset shows another day on a page: it must be another key.
        distinguishes(written, OffsetDateTime.parse("2013-09-06T22:02:41-04:00"), written.withOffsetSameInstant(ZoneOffset.UTC));
        distinguishes(written.toZonedDateTime(), written.toZonedDateTime(), written.atZoneSameInstant(ZoneId.of("Europe/Oslo")));
        distinguishes(ZoneId.of("Europe/Oslo"), ZoneId.of("Europe/Oslo"), ZoneId.of("America/New_York"));
        distinguishes(ZoneOffset.ofHours(-4), ZoneOffset.ofHours(-4), ZoneOffset.ofHours(-5));
        distinguishes(Duration.ofMinutes(3), Duration.ofSeconds(180), Duration.ofMinutes(4));
    }

    @Test
    void refusesATypeItDoesNotKnow() {
        assertThatThrownBy(() -> InputKeys.of(new Object()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> InputKeys.of(List.of(new StringBuilder("x").append('y').chars())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
