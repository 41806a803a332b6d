package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The editor's date fields read and write a post's date in its own offset, else in the blog's time zone. */
class PostFormDatesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
    private final PostForm form = new PostForm(CLOCK, ZoneId.of("Europe/Berlin"));

    private static Post.Builder post(String instant) {
        return Post.draft("T", "b").id(1).slug("t").status(PostStatus.PUBLISHED).publishedAt(Instant.parse(instant));
    }

    @Test
    void aDateWrittenWithAnOffsetShowsInThatOffset() {
        form.load(post("2013-09-07T02:02:41Z").publishedOffset(ZoneOffset.ofHours(-4)).build(), null);
        assertThat(form.publishDateProperty().get()).isEqualTo(LocalDate.of(2013, 9, 6));
        assertThat(form.publishTimeProperty().get()).isEqualTo("22:02");
        assertThat(form.publishZoneProperty().get()).isEqualTo("UTC-04:00, as written");
    }

    @Test
    void anUntouchedDateKeepsItsSecondsAndOffsetWhenSaved() {
        Post p = post("2013-09-07T02:02:41Z").publishedOffset(ZoneOffset.ofHours(-4)).build();
        form.load(p, null);
        form.titleProperty().set("Edited");
        Post saved = form.applyTo(p, null);
        assertThat(saved.publishedAt()).isEqualTo(Instant.parse("2013-09-07T02:02:41Z"));
        assertThat(saved.publishedOffset()).isEqualTo(ZoneOffset.ofHours(-4));
    }

    @Test
    void anEditedTimeIsReadInThePostsOwnOffset() {
        Post p = post("2013-09-07T02:02:41Z").publishedOffset(ZoneOffset.ofHours(-4)).build();
        form.load(p, null);
        form.publishTimeProperty().set("08:30");
        assertThat(form.applyTo(p, null).publishedAt()).isEqualTo(Instant.parse("2013-09-06T12:30:00Z"));
    }

    @Test
    void aPostWithoutAnOffsetShowsInTheBlogsTimeZone() {
        form.load(post("2025-01-01T23:30:00Z").build(), null);
        assertThat(form.publishDateProperty().get()).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(form.publishTimeProperty().get()).isEqualTo("00:30");
        assertThat(form.publishZoneProperty().get()).isEqualTo("Europe/Berlin, the blog's time zone");
        assertThat(form.applyTo(post("2025-01-01T23:30:00Z").build(), null).publishedOffset()).isNull();
    }
}
