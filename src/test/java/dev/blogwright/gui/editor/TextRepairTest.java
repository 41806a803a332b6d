package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class TextRepairTest {
    private final TextRepair repair = TextRepair.standard();

    private static String garble(String text, String charset) {
        return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
    }

    @Test
    void repairsUtf8ReadAsWindows1252() {
        assertThat(repair.repair(garble("Café — naïve", "windows-1252"))).contains("Café — naïve");
    }

    @Test
    void repairsThaiCodePageDashes() {
        assertThat(repair.repair("AI โ€” the hype")).contains("AI — the hype");
    }

    @Test
    void repairsEmojiGarbledThroughThaiAndLatinBytes() {
        assertThat(repair.repair("Robots ๐Ÿค– everywhere")).contains("Robots 🤖 everywhere");
    }

    @Test
    void leavesCorrectTextAlone() {
        assertThat(repair.repair("Crème brûlée and สวัสดี")).isEmpty();
    }

    @Test
    void repairsGarbledPartNextToCorrectAccent() {
        assertThat(repair.repair("résumé: cafÃ©")).contains("résumé: café");
    }

    @Test
    void detectorSpotsTypicalMojibake() {
        assertThat(TextRepair.looksGarbled("itâ€™s")).isTrue();
        assertThat(TextRepair.looksGarbled("it’s fine")).isFalse();
    }
}
