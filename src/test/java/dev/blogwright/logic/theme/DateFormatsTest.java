package dev.blogwright.logic.theme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateFormatsTest {
    @Test
    void examplesShowTheSampleDayInTheBlogsLanguage() {
        assertThat(DateFormats.example("d MMMM yyyy", "en", DateFormats.SAMPLE_DAY)).contains("7 December 2026");
        assertThat(DateFormats.example("MMMM d, yyyy", "en", DateFormats.SAMPLE_DAY)).contains("December 7, 2026");
        assertThat(DateFormats.example("EEEE, d MMMM yyyy", "en", DateFormats.SAMPLE_DAY))
                .contains("Monday, 7 December 2026");
        assertThat(DateFormats.example("d MMMM yyyy", "de", DateFormats.SAMPLE_DAY)).contains("7 Dezember 2026");
    }

    @Test
    void everyOfferedPatternIsValid() {
        for (String pattern : DateFormats.CHOICES) {
            assertThat(DateFormats.example(pattern, "en", DateFormats.SAMPLE_DAY)).as(pattern).isPresent();
        }
    }

    @Test
    void aStoredCustomPatternIsKeptAmongTheChoices() {
        assertThat(DateFormats.choicesWith("yyyy.MM.dd")).endsWith("yyyy.MM.dd").hasSize(DateFormats.CHOICES.size() + 1);
        assertThat(DateFormats.choicesWith("d MMMM yyyy")).isEqualTo(DateFormats.CHOICES);
        assertThat(DateFormats.example("yyyy-MM-dd'", "en", DateFormats.SAMPLE_DAY)).isEmpty();
    }
}
