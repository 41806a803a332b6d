package dev.blogwright.gui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class ContrastTest {
    @Test
    void blackOnWhiteIsTwentyOne() {
        assertThat(Contrast.ratio(Color.BLACK, Color.WHITE)).isCloseTo(21, within(0.01));
    }

    @Test
    void wcagReferenceGreyIsJustUnderAA() {
        // #777777 on white is the usual example of a grey that just fails AA (4.48:1).
        assertThat(Contrast.ratio(Color.web("#777777"), Color.WHITE)).isCloseTo(4.48, within(0.01));
    }

    @Test
    void halfTransparentBlackOverWhiteIsMidGrey() {
        assertThat(Contrast.hex(Contrast.over(Color.color(0, 0, 0, 0.5), Color.WHITE))).isEqualTo("#808080");
    }
}
