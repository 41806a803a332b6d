package dev.blogwright.logic.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ContrastTest {
    @Test
    void blackOnWhiteIsTwentyOne() {
        assertThat(Contrast.ratio("#000000", "#ffffff")).isCloseTo(21.0, within(0.01));
    }

    @Test
    void ratioMatchesTheWcagReferenceValue() {
        // #777777 on white is the classic just-failing grey: 4.48:1.
        assertThat(Contrast.ratio("#777777", "#ffffff")).isCloseTo(4.48, within(0.01));
    }

    @Test
    void shortAndUpperCaseColoursAreNormalized() {
        assertThat(Contrast.normalize("#ABC")).contains("#aabbcc");
        assertThat(Contrast.normalize("4F46E5")).contains("#4f46e5");
        assertThat(Contrast.normalize("blue")).isEmpty();
        assertThat(Contrast.normalize("#12345")).isEmpty();
    }

    @Test
    void theDefaultAccentsPassTheirOwnScheme() {
        assertThat(Contrast.onLight("#4f46e5")).isGreaterThanOrEqualTo(Contrast.AA);
        assertThat(Contrast.onDark("#8b8cff")).isGreaterThanOrEqualTo(Contrast.AA);
    }

    @Test
    void darkPartnerOfADarkAccentReadsOnTheDarkBackground() {
        String partner = Contrast.darkPartner("#1d4ed8");
        assertThat(Contrast.onDark("#1d4ed8")).isLessThan(Contrast.AA);
        assertThat(Contrast.onDark(partner)).isGreaterThanOrEqualTo(Contrast.AA);
    }

    @Test
    void formatRoundsDownSoAShownPassReallyPasses() {
        assertThat(Contrast.format(4.4999)).isEqualTo("4.4:1");
        assertThat(Contrast.format(21)).isEqualTo("21.0:1");
    }
}
