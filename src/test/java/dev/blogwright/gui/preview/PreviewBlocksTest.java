package dev.blogwright.gui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.markdown.MarkdownRenderer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PreviewBlocksTest {
    @Test
    void emojiInThePostDropTheVariationSelectorWebViewDrawsAsABox() {
        PreviewBlocks blocks = PreviewBlocks.render(new MarkdownRenderer(false),
                "Settings ⚙️ and a warning ⚠\uFE0E here.\n\n- ❤️ in a list\n", Path.of("assets"));
        String all = String.join("", blocks.keys());
        assertThat(all).doesNotContain("\uFE0F").doesNotContain("\uFE0E")
                .contains("Settings ⚙ and a warning ⚠ here.").contains("❤ in a list");
    }

    @Test
    void textWithoutSelectorsIsLeftAsItIs() {
        String html = "<p>Plain text, an emoji 🧪 without a selector.</p>";
        assertThat(PreviewBlocks.withoutVariationSelectors(html)).isSameAs(html);
    }
}
