package dev.blogwright.gui.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The Twemoji set the app ships (assets/emoji, made by packaging/emoji.sh): which emoji have a picture, their
 * names and picker categories, and the PNG bytes of each. An emoji string is matched the way emoji-datasource
 * matches {@code unified} and {@code non_qualified}: variation selectors do not count, and a skin-toned emoji
 * without a picture of its own falls back to the untoned one.
 */
public final class EmojiCatalog {
    static final String INDEX = "/assets/emoji/twemoji-32.tsv";
    static final String PACK = "/assets/emoji/twemoji-32.pack";
    /** The skin-tone category of the index: variants are drawn but not offered in the picker. */
    private static final String VARIANT = "-";
    private static final String COMPONENT = "Component";

    /**
     * One picture: the fully qualified emoji (what the picker inserts), its name, short names and category, where
     * its PNG is in the pack, and the words a search looks in (lower case, worked out once).
     */
    public record Emoji(String text, String name, List<String> shortNames, String category, int offset, int length,
                        String keywords) {
        Emoji(String text, String name, List<String> shortNames, String category, int offset, int length) {
            this(text, name, shortNames, category, offset, length,
                    (name + " " + String.join(" ", shortNames)).toLowerCase(Locale.ROOT));
        }
    }

    private final byte[] pack;
    private final Map<String, Emoji> byKey;
    private final Map<String, List<Emoji>> categories;
    private final List<Emoji> offered;

    private EmojiCatalog(byte[] pack, Map<String, Emoji> byKey, Map<String, List<Emoji>> categories) {
        this.pack = pack;
        this.byKey = byKey;
        this.categories = categories;
        this.offered = categories.values().stream().flatMap(List::stream).toList();
    }

    /** The set from the class path; a broken install (index or pack missing) is a bug, so it fails loudly. */
    public static EmojiCatalog load() {
        try (InputStream index = EmojiCatalog.class.getResourceAsStream(INDEX);
             InputStream pack = EmojiCatalog.class.getResourceAsStream(PACK)) {
            if (index == null || pack == null) {
                throw new IllegalStateException("The emoji images are missing from the class path: " + INDEX);
            }
            return parse(new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8)), pack.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("The emoji images could not be read.", e);
        }
    }

    static EmojiCatalog parse(BufferedReader index, byte[] pack) throws IOException {
        Map<String, Emoji> byKey = new HashMap<>(8192);
        Map<String, List<Emoji>> categories = new LinkedHashMap<>();
        String line;
        while ((line = index.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            StringBuilder text = new StringBuilder();
            for (String hex : f[0].split("-")) {
                text.appendCodePoint(Integer.parseInt(hex, 16));
            }
            Emoji emoji = new Emoji(text.toString(), f[4], f[5].isEmpty() ? List.of() : List.of(f[5].split(" ")),
                    f[3], Integer.parseInt(f[1]), Integer.parseInt(f[2]));
            if (emoji.offset() < 0 || emoji.offset() + emoji.length() > pack.length) {
                throw new IOException("The emoji index points past the end of the pack: " + line);
            }
            byKey.put(key(emoji.text()), emoji);
            if (!VARIANT.equals(emoji.category()) && !COMPONENT.equals(emoji.category())) {
                categories.computeIfAbsent(emoji.category(), c -> new ArrayList<>()).add(emoji);
            }
        }
        categories.replaceAll((c, list) -> List.copyOf(list));
        return new EmojiCatalog(pack, byKey, Collections.unmodifiableMap(categories));
    }

    /** The picture for an emoji string, if the set has one (the whole string must be one emoji). */
    public Optional<Emoji> find(String emoji) {
        if (emoji == null || emoji.isBlank()) {
            return Optional.empty();
        }
        String key = key(emoji.strip());
        Emoji found = byKey.get(key);
        if (found == null) {
            found = byKey.get(key(withoutSkinTones(emoji.strip())));
        }
        return Optional.ofNullable(found);
    }

    /** The PNG of one picture (32 × 32 px). */
    public byte[] png(Emoji emoji) {
        return Arrays.copyOfRange(pack, emoji.offset(), emoji.offset() + emoji.length());
    }

    /** The picker's categories in emoji-datasource's order, each with its emoji in sort order. */
    public Map<String, List<Emoji>> categories() {
        return categories;
    }

    /** Every emoji the picker offers (no skin-tone variants, no bare skin-tone swatches). */
    public List<Emoji> offered() {
        return offered;
    }

    /**
     * The offered emoji whose name or short name contains every word of the query; a query that is itself an
     * emoji (pasted) finds that emoji, its skin-toned form included.
     */
    public List<Emoji> search(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        Optional<Emoji> pasted = find(q);
        if (pasted.isPresent()) {
            return List.of(pasted.get());
        }
        String[] words = q.split("\\s+");
        return offered().stream().filter(e -> Arrays.stream(words).allMatch(e.keywords()::contains)).toList();
    }

    /** The text as a font would draw it, without the variation selectors WebKit and JavaFX draw as boxes. */
    public static String withoutVariationSelectors(String text) {
        return text == null ? "" : text.replace("\uFE0F", "").replace("\uFE0E", "");
    }

    /** The code points in hex, variation selectors left out: "🛠️" and "🛠" are one key. */
    static String key(String emoji) {
        StringJoiner key = new StringJoiner("-");
        emoji.codePoints().filter(cp -> cp != 0xFE0F && cp != 0xFE0E)
                .forEach(cp -> key.add(Integer.toHexString(cp)));
        return key.toString();
    }

    private static String withoutSkinTones(String emoji) {
        StringBuilder out = new StringBuilder(emoji.length());
        emoji.codePoints().filter(cp -> cp < 0x1F3FB || cp > 0x1F3FF).forEach(out::appendCodePoint);
        return out.toString();
    }
}
