package dev.blogwright.logic.export.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The streaming writer must give the bytes the databind mapper gave, which exported files and digests fixed. */
class JsonWriterTest {
    private static void assertSameAsMapper(Object value) {
        assertThat(JsonWriter.compact(value)).isEqualTo(JsonOutput.compact(value));
        assertThat(new String(JsonWriter.pretty(value), StandardCharsets.UTF_8))
                .isEqualTo(new String(JsonOutput.pretty(value), StandardCharsets.UTF_8));
    }

    /** A JSON Feed and search-index shape: insertion-ordered maps, nulls, nested lists, escapes, non-ASCII. */
    private static Map<String, Object> feedLike() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", "Quotes \" and \\ back\\slash, <tags> & \u2028 line sep, tab\t, \u0001 control");
        item.put("id", "https://example.com/posts/h\u00e9llo/");
        item.put("content_html", "<p>Emoji \uD83D\uDE00 and \u4e2d\u6587</p>\n<pre>code</pre>");
        item.put("tags", List.of("b", "a", ""));
        item.put("date_modified", null);
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("items", List.of(item, Map.of()));
        feed.put("authors", List.of(Map.of("name", "Ann")));
        feed.put("empty", List.of());
        return feed;
    }

    @Test
    void feedShapedMapsMatchTheMapperByteForByte() {
        assertSameAsMapper(feedLike());
        assertSameAsMapper(List.of(feedLike(), feedLike()));
    }

    @Test
    void numbersBooleansAndSetsMatchTheMapper() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("int", 42);
        values.put("long", 1L << 40);
        values.put("short", (short) -3);
        values.put("byte", (byte) 7);
        values.put("double", 0.1 + 0.2);
        values.put("float", 1.5f);
        values.put("big", new BigInteger("123456789012345678901234567890"));
        values.put("decimal", new BigDecimal("1E+3"));
        values.put("yes", true);
        values.put("set", new TreeSet<>(List.of("z", "a")));
        values.put("Upper", "sorts before lower case");
        assertSameAsMapper(values);
    }

    @Test
    void valuesItDoesNotKnowAreLeftToTheMapper() throws Exception {
        record Card(String title, int words) {
        }
        Map<Object, Object> numberKeys = new LinkedHashMap<>();
        numberKeys.put(10, "ten");
        numberKeys.put(2, "two");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("record", new Card("Hi", 3));
        values.put("array", new String[] {"x", "y"});
        values.put("numberKeys", numberKeys);
        values.put("reversed", new TreeMap<String, Object>(Comparator.reverseOrder()) {
            {
                put("a", 1);
                put("b", 2);
            }
        });
        assertSameAsMapper(values);
        assertSameAsMapper(JsonOutput.MAPPER.readTree("{\"b\":[1,2.5,null],\"a\":{\"y\":true,\"x\":\"s\"}}"));
    }

    @Test
    void randomStringsAreEscapedAsTheMapperEscapesThem() {
        Random random = new Random(22);
        List<Object> strings = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            char[] chars = new char[random.nextInt(12)];
            for (int j = 0; j < chars.length; j++) {
                // Mostly ASCII with its control characters, some Latin-1, some of the rest of the BMP.
                int kind = random.nextInt(10);
                chars[j] = (char) (kind < 6 ? random.nextInt(128) : kind < 8 ? random.nextInt(256)
                        : random.nextInt(0xD800));
            }
            strings.add(new String(chars));
        }
        assertSameAsMapper(strings);
        Map<String, Object> keyed = new LinkedHashMap<>();
        strings.forEach(s -> keyed.put((String) s, Arrays.asList(s, null)));
        assertSameAsMapper(keyed);
    }
}
