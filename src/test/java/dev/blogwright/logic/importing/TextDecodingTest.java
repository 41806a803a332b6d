package dev.blogwright.logic.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecodingTest {
    @TempDir
    Path dir;

    @Test
    void utf8ByteOrderMarkIsDropped() throws Exception {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        TextDecoding.Decoded d = TextDecoding.decode(bytes, "a.md");
        assertThat(d.text()).isEqualTo("hi");
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void invalidUtf8IsReadAsWindows1252AndNoted() throws Exception {
        byte[] bytes = "caf\u00e9 \u2014 ok".getBytes(Charset.forName("windows-1252"));
        TextDecoding.Decoded d = TextDecoding.decode(bytes, "old.md");
        assertThat(d.text()).isEqualTo("caf\u00e9 \u2014 ok");
        assertThat(d.notes()).singleElement().asString().contains("old.md", "Windows-1252");
    }

    @Test
    void mojibakeIsRepairedAndNoted() throws Exception {
        TextDecoding.Decoded d = TextDecoding.decode("a โ€” b".getBytes(StandardCharsets.UTF_8), "m.md");
        assertThat(d.text()).isEqualTo("a — b");
        assertThat(d.notes()).singleElement().asString().contains("mojibake", "Windows-874 (Thai)");
    }

    @Test
    void mojibakeNoteSaysWhichCodePageGarbledTheText() throws Exception {
        TextDecoding.Decoded d = TextDecoding.decode("ÐŸÑ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€".getBytes(StandardCharsets.UTF_8), "ru.md");
        assertThat(d.text()).isEqualTo("Привет, мир");
        assertThat(d.notes()).containsExactly("ru.md: repaired mis-decoded UTF-8 text (mojibake, read as Windows-1252)");
    }

    @Test
    void nulByteMeansBinary() {
        assertThatThrownBy(() -> TextDecoding.decode(new byte[] {'a', 0, 'b'}, "img.md"))
                .isInstanceOf(ImportException.class).hasMessage("img.md: is a binary file, not text");
    }

    @Test
    void manyControlCharactersMeanBinary() {
        byte[] bytes = new byte[100];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x02 : 'x');
        }
        assertThatThrownBy(() -> TextDecoding.decode(bytes, "x.md")).hasMessageContaining("binary");
    }

    @Test
    void oversizeFileIsRefusedBeforeReading() throws IOException {
        Path big = Files.write(dir.resolve("big.md"), new byte[2048]);
        assertThatThrownBy(() -> TextDecoding.read(big, 1024))
                .isInstanceOf(ImportException.class)
                .hasMessage("big.md: file is 2048 bytes, over the import limit of 1024 bytes");
    }
}
