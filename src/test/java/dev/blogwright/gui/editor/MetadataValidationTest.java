package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetadataValidationTest {
    @Test
    void slugWithSpacesOrCapitalsIsAnError() {
        assertThat(MetadataValidation.slugProblem("My Post")).isPresent();
        assertThat(MetadataValidation.slugProblem("")).isPresent();
        assertThat(MetadataValidation.slugProblem("my-post-2")).isEmpty();
    }

    @Test
    void timeMustBeHoursAndMinutes() {
        assertThat(MetadataValidation.timeProblem("9.30")).isPresent();
        assertThat(MetadataValidation.timeProblem("24:00")).isPresent();
        assertThat(MetadataValidation.timeProblem("09:30")).isEmpty();
        assertThat(MetadataValidation.timeProblem("")).isEmpty();
    }

    @Test
    void aPostsLanguageIsATagOrNothing() {
        assertThat(MetadataValidation.languageProblem("en-GB")).isEmpty();
        assertThat(MetadataValidation.languageProblem("de")).isEmpty();
        assertThat(MetadataValidation.languageProblem(" ")).isEmpty();
        assertThat(MetadataValidation.languageProblem("English")).isPresent();
        assertThat(MetadataValidation.languageProblem("en_GB")).isPresent();
    }

    @Test
    void canonicalUrlIsHttpOrNothing() {
        assertThat(MetadataValidation.urlProblem("example.com/post")).isPresent();
        assertThat(MetadataValidation.urlProblem("ftp://example.com/")).isPresent();
        assertThat(MetadataValidation.urlProblem("https://example.com/post")).isEmpty();
        assertThat(MetadataValidation.urlProblem(" ")).isEmpty();
    }

    @Test
    void metaDescriptionOverWhatSearchShowsIsWarnedWithItsLength() {
        String long161 = "x".repeat(161);
        assertThat(MetadataValidation.lengthProblem(long161, MetadataValidation.META_DESCRIPTION_MAX, "Description"))
                .hasValueSatisfying(m -> assertThat(m).contains("161"));
        assertThat(MetadataValidation.lengthProblem("x".repeat(160), MetadataValidation.META_DESCRIPTION_MAX, "d"))
                .isEmpty();
    }
}
