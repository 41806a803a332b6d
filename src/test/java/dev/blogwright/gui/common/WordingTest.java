package dev.blogwright.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.model.IndexOrder;
import dev.blogwright.model.PostStatus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WordingTest {
    @Test
    void oneIsSingularEverythingElsePlural() {
        assertThat(Wording.count(1, "post", "posts")).isEqualTo("1 post");
        assertThat(Wording.count(0, "post", "posts")).isEqualTo("0 posts");
        assertThat(Wording.count(2, "category", "categories")).isEqualTo("2 categories");
    }

    @Test
    void largeCountsAreGroupedAsTheStatisticsGroupThem() {
        assertThat(Wording.count(1326, "word", "words")).isEqualTo(String.format("%,d", 1326) + " words")
                .isEqualTo("1,326 words");
    }

    @Test
    void statusesReadAsWordsNotConstants() {
        assertThat(Arrays.stream(PostStatus.values()).map(Wording::status))
                .containsExactly("Draft", "Scheduled", "Published");
    }

    @Test
    void manualIndexOrderSaysWhatItIs() {
        assertThat(Wording.indexOrder(IndexOrder.MANUAL)).isEqualTo("Manual order");
        assertThat(Wording.indexOrder(IndexOrder.NEWEST_FIRST)).isEqualTo("Newest first");
    }
}
