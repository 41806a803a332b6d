package dev.blogwright.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.common.EmojiCatalog.Emoji;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped Twemoji set: what has a picture, and how emoji strings are matched to one. */
class EmojiCatalogTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static EmojiCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = EmojiCatalog.load();
    }

    private static String name(String emoji) {
        return catalog.find(emoji).map(Emoji::name).orElse("(none)");
    }

    @Test
    void everyOfferedEmojiIsAThirtyTwoPixelPng() {
        List<Emoji> offered = catalog.offered();
        assertThat(offered).hasSizeGreaterThan(1800);
        for (Emoji e : offered) {
            byte[] png = catalog.png(e);
            assertThat(Arrays.copyOf(png, 8)).as(e.name()).isEqualTo(PNG_SIGNATURE);
            ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
            assertThat(header.getInt()).as(e.name() + " width").isEqualTo(32);
            assertThat(header.getInt()).as(e.name() + " height").isEqualTo(32);
        }
    }

    @Test
    void pickerCategoriesLeaveOutSkinToneVariantsAndSwatches() {
        assertThat(catalog.categories().keySet()).startsWith("Smileys & Emotion").contains("Flags")
                .doesNotContain("Component", "-");
        assertThat(catalog.offered()).noneMatch(e -> e.text().codePoints().anyMatch(cp -> cp >= 0x1F3FB && cp <= 0x1F3FF));
        assertThat(catalog.find("👍🏽")).isPresent();
    }

    @Test
    void variationSelectorsDoNotChangeTheMatch() {
        assertThat(catalog.find("🛠️")).isPresent().isEqualTo(catalog.find("🛠"));
        assertThat(catalog.find("⚠")).isPresent().isEqualTo(catalog.find("⚠️"));
        assertThat(catalog.find("❤\uFE0E")).isPresent().isEqualTo(catalog.find("❤️"));
        assertThat(name("⚙️")).isEqualTo("Gear");
        // The picker inserts the fully qualified form, as emoji-datasource's "unified" spells it.
        assertThat(catalog.find("🛠").orElseThrow().text()).isEqualTo("🛠\uFE0F");
    }

    @Test
    void skinTonedEmojiHaveTheirOwnPicture() {
        Emoji plain = catalog.find("👍").orElseThrow();
        Emoji toned = catalog.find("👍🏽").orElseThrow();
        assertThat(toned).isNotEqualTo(plain);
        assertThat(toned.name()).isEqualTo(plain.name() + ": medium skin tone");
    }

    @Test
    void aSkinToneWithoutAPictureFallsBackToTheUntonedEmoji() {
        assertThat(catalog.find("🧪🏿")).isEqualTo(catalog.find("🧪"));
    }

    @Test
    void zwjSequencesAreOneEmoji() {
        assertThat(name("👩‍💻")).containsIgnoringCase("technologist");
        assertThat(catalog.find("🏳️‍🌈")).isPresent().isEqualTo(catalog.find("🏳‍🌈"));
        assertThat(name("👩🏾‍💻")).endsWith("medium-dark skin tone");
    }

    @Test
    void textThatIsNotOneKnownEmojiFindsNothing() {
        for (String s : new String[] {null, "", "  ", "abc", "🚀✨", "\uD83E", "★"}) {
            assertThat(catalog.find(s)).as(String.valueOf(s)).isEqualTo(Optional.empty());
        }
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertThat(catalog.find(" 🧪\n")).isEqualTo(catalog.find("🧪")).isPresent();
    }

    @Test
    void searchMatchesEveryWordOfNamesAndShortNames() {
        assertThat(catalog.search("test tube")).extracting(Emoji::text).containsExactly("🧪");
        assertThat(catalog.search("ROCKET")).extracting(Emoji::text).contains("🚀");
        assertThat(catalog.search("thumbsup")).extracting(Emoji::text).containsExactly("👍");
        assertThat(catalog.search("zzzzqx")).isEmpty();
        assertThat(catalog.search("  ")).isEmpty();
    }

    @Test
    void searchingForAPastedEmojiFindsIt() {
        assertThat(catalog.search("🛠")).extracting(Emoji::text).containsExactly("🛠\uFE0F");
        assertThat(catalog.search("👍🏽")).extracting(Emoji::name).containsExactly("Thumbs up sign: medium skin tone");
    }

    @Test
    void variationSelectorsAreLeftOutOfText() {
        assertThat(EmojiCatalog.withoutVariationSelectors("⚙️ and ❤︎")).isEqualTo("⚙ and ❤");
        assertThat(EmojiCatalog.withoutVariationSelectors(null)).isEmpty();
    }
}
