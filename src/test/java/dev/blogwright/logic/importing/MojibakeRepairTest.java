package dev.blogwright.logic.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MojibakeRepairTest {

    static String resource(String name) throws IOException {
        try (InputStream in = MojibakeRepairTest.class.getResourceAsStream("/importing/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void thaiCodePageMojibakeBecomesPunctuationAndEmoji() {
        assertThat(MojibakeRepair.repair("a โ€” b ยท c โ€ฆ")).isEqualTo("a — b · c …");
        assertThat(MojibakeRepair.repair("๐Ÿค– Robots")).isEqualTo("\uD83E\uDD16 Robots");
    }

    @Test
    void droppedUnmappedBytesAreRestored() {
        assertThat(MojibakeRepair.repair("๐Ÿ›ก๏ธ\nx โ€” y")).startsWith("\uD83D\uDEE1\uFE0F\n");
        assertThat(MojibakeRepair.repair("โ˜๏ธ")).isEqualTo("\u2601\uFE0F");
    }

    @Test
    void latinOneMojibakeBecomesAccents() throws IOException {
        assertThat(MojibakeRepair.repair(resource("encoding/latin1-mojibake.txt")))
                .isEqualTo("Café crème — déjà vu\n");
    }

    @Test
    void correctTextIsLeftAlone() throws IOException {
        String correct = resource("encoding/correct-text.txt");
        assertThat(MojibakeRepair.repair(correct)).isEqualTo(correct);
        assertThat(MojibakeRepair.hasSignature(correct)).isFalse();
    }

    @Test
    void markdownCodeShowingMojibakeOnPurposeIsLeftAlone() {
        String post = "Latin-1 turns `é` into `Ã©`, so the caf\u00c3\u00a9 sign read CafÃ©.\n\n"
                + "```js\nconsole.log(buf.toString('latin1')); // tÃ©st\n```\n\nItâ€™s fixed now.\n";

        assertThat(MojibakeRepair.repair(post)).isEqualTo("Latin-1 turns `é` into `Ã©`, so the café sign read Café.\n\n"
                + "```js\nconsole.log(buf.toString('latin1')); // tÃ©st\n```\n\nIt’s fixed now.\n");
    }

    @Test
    void textGarbledTwiceComesBackInTwoLayers() {
        assertThat(MojibakeRepair.repair("The Mona Lisa doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t have eyebrows."))
                .isEqualTo("The Mona Lisa doesn’t have eyebrows.");
    }

    @Test
    void pathologicalRunsOfMojibakeNeitherThrowNorGrow() {
        String garble = "Ã©".repeat(20_000) + "â€".repeat(5_000) + "\u0080".repeat(100) + " ðŸ";
        String repaired = MojibakeRepair.repair(garble);
        assertThat(repaired.length()).isLessThanOrEqualTo(garble.length());
        assertThat(repaired).startsWith("ééé");
    }

    @Test
    void seedPageRepairsToRealEmojiAndPunctuation() throws IOException {
        Path seed = Path.of(System.getProperty("blogwright.shared", "../shared"), "seed", "blog-index.txt");
        assumeTrue(Files.isRegularFile(seed));
        String original = Files.readString(seed);
        String repaired = MojibakeRepair.repair(original);

        assertThat(repaired).contains("—", "·", "…").doesNotContain("โ€", "ยท", "๐Ÿ");
        assertThat(repaired.codePoints().filter(cp -> cp >= 0x0E00 && cp <= 0x0E7F).count()).isZero();
        List<String> originalLines = original.lines().toList();
        List<String> lines = repaired.lines().toList();
        assertThat(lines).hasSameSizeAs(originalLines);
        for (int i = 0; i < lines.size(); i++) {
            boolean emojiLine = originalLines.get(i).startsWith("๐") || originalLines.get(i).startsWith("โ");
            if (emojiLine) {
                String line = lines.get(i);
                int first = line.codePointAt(0);
                assertThat(first).as("line %d: %s", i + 1, line)
                        .satisfiesAnyOf(cp -> assertThat(cp).isBetween(0x1F300, 0x1FAFF),
                                cp -> assertThat(cp).isBetween(0x2600, 0x27BF));
                assertThat(line.codePoints().filter(cp -> cp != 0xFE0F).count()).as(line).isEqualTo(1);
            }
        }
    }
}
