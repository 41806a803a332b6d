package dev.blogwright.logic.importing;

import static dev.blogwright.logic.importing.ImportFixtures.CLOCK;
import static dev.blogwright.logic.importing.ImportFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dates come from where each blog keeps them, keep the offset they were written with, and the report says where. */
class ImportDatesTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @TempDir
    Path dir;

    /** A library whose blog time zone is {@code zone}. */
    private static final class ZonedTarget extends FakeImportTarget {
        private final ZoneId zone;

        ZonedTarget(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId zone() {
            return zone;
        }
    }

    private final ZonedTarget utc = new ZonedTarget(ZoneOffset.UTC);

    private static ImportReport run(FakeImportTarget target, Path input) {
        return new ImportService(target, CLOCK).run(List.of(input), ImportOptions.defaults(), ProgressListener.NONE,
                () -> false);
    }

    private static String lineOf(ImportReport report, String source) {
        return report.lines().stream().filter(l -> l.source().equals(source)
                        && l.kind() != ImportReport.Kind.NOTE).map(ImportReport.Line::message).findFirst().orElseThrow();
    }

    @Test
    void zolaPostDatedOnlyInItsPathTakesThatDay() {
        ImportReport report = run(utc, resource("zola"));
        Post first = utc.bySource("content/blog/first-post.md");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2019-05-15T00:00:00Z"));
        assertThat(first.slug()).isEqualTo("first-post");
        assertThat(first.tags()).containsExactly("zola", "hello");
        assertThat(lineOf(report, "content/blog/first-post.md")).isEqualTo("date from path");
    }

    @Test
    void zolaPostDatedOnlyInAnAliasTakesThatDay() {
        ImportReport report = run(utc, resource("zola"));
        assertThat(utc.bySource("content/blog/second.md").publishedAt()).isEqualTo(Instant.parse("2020-01-07T00:00:00Z"));
        assertThat(lineOf(report, "content/blog/second.md")).isEqualTo("date from aliases");
    }

    @Test
    void frontMatterDateComesBeforeThePath() {
        ImportReport report = run(utc, resource("zola"));
        Post dated = utc.bySource("content/blog/dated.md");
        assertThat(dated.publishedAt()).isEqualTo(Instant.parse("2022-08-10T01:30:00Z"));
        assertThat(dated.publishedOffset()).isEqualTo(ZoneOffset.ofHours(-7));
        assertThat(lineOf(report, "content/blog/dated.md")).isEqualTo("date from front matter (date)");
    }

    @Test
    void zolaDraftFlagMakesADraft() {
        run(utc, resource("zola"));
        assertThat(utc.bySource("content/blog/unfinished.md").status()).isEqualTo(PostStatus.DRAFT);
        assertThat(utc.bySource("content/blog/first-post.md").status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(utc.all()).extracting(Post::sourcePath).doesNotContain("_index.md");
    }

    @Test
    void jekyllDateKeepsTheOffsetItWasWrittenWith() {
        run(utc, resource("offsets"));
        Post late = utc.bySource("_posts/2013-09-06-late-evening.md");
        assertThat(late.publishedAt()).isEqualTo(Instant.parse("2013-09-07T02:02:41Z"));
        assertThat(late.publishedOffset()).isEqualTo(ZoneOffset.ofHours(-4));
        Post tokyo = utc.bySource("_posts/2014-01-01-new-year-in-tokyo.md");
        assertThat(tokyo.publishedAt().atOffset(tokyo.publishedOffset()).toLocalDate()).hasToString("2014-01-01");
    }

    @Test
    void aDateWithoutOffsetIsPlacedInTheBlogsTimeZone() {
        ZonedTarget newYork = new ZonedTarget(NEW_YORK);
        ImportReport report = run(newYork, resource("offsets"));
        Post byName = newYork.bySource("_posts/2016-03-10-no-time.md");
        assertThat(byName.publishedAt()).isEqualTo(Instant.parse("2016-03-10T05:00:00Z"));
        assertThat(byName.publishedOffset()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(lineOf(report, "_posts/2016-03-10-no-time.md")).isEqualTo("date from file name");
        // A written offset is not the blog's business.
        assertThat(newYork.bySource("_posts/2014-01-01-new-year-in-tokyo.md").publishedOffset())
                .isEqualTo(ZoneOffset.ofHours(9));
    }

    @Test
    void jekyllDraftsFolderAndPublishedFalseMakeDrafts() {
        run(utc, resource("offsets"));
        assertThat(utc.bySource("_drafts/an-idea.md").status()).isEqualTo(PostStatus.DRAFT);
        assertThat(utc.bySource("_posts/2015-05-05-unpublished.md").status()).isEqualTo(PostStatus.DRAFT);
        assertThat(utc.bySource("_posts/2015-05-05-unpublished.md").publishedOffset())
                .isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void hugoPublishDateInTheFutureSchedulesThePost() {
        ImportReport report = run(utc, resource("hugo-scheduled"));
        Post later = utc.bySource("content/posts/later.md");
        assertThat(later.status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(later.publishedAt()).isEqualTo(Instant.parse("2026-01-01T08:00:00Z"));
        assertThat(later.publishedOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(lineOf(report, "content/posts/later.md"))
                .isEqualTo("date from front matter (date); scheduled by front matter (publishDate)");
    }

    @Test
    void hugoPublishDateInThePastLeavesTheDate() {
        run(utc, resource("hugo-scheduled"));
        Post out = utc.bySource("content/posts/soon-past.md");
        assertThat(out.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(out.publishedAt()).isEqualTo(Instant.parse("2025-05-20T08:00:00Z"));
        assertThat(utc.bySource("content/posts/wip.md").status()).isEqualTo(PostStatus.DRAFT);
    }

    @Test
    void pageBundleIsDatedByItsFolderName() {
        ImportReport report = run(utc, resource("hugo-scheduled"));
        Post christmas = utc.bySource("content/posts/2024-12-24-christmas/index.md");
        assertThat(christmas.publishedAt()).isEqualTo(Instant.parse("2024-12-24T00:00:00Z"));
        assertThat(christmas.slug()).isEqualTo("christmas");
        assertThat(lineOf(report, "content/posts/2024-12-24-christmas/index.md")).isEqualTo("date from folder name");
    }

    @Test
    void modificationTimeIsUsedOnlyWhenNothingElseDatesThePostAndTheReportSaysSo() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Path note = Files.writeString(site.resolve("note.md"), "---\ntitle: Undated\n---\nbody\n");
        Files.setLastModifiedTime(note, FileTime.from(Instant.parse("2018-02-03T04:05:06Z")));
        ImportReport report = run(utc, site);
        assertThat(utc.bySource("note.md").publishedAt()).isEqualTo(Instant.parse("2018-02-03T04:05:06Z"));
        assertThat(lineOf(report, "note.md")).contains("used the file's modification time");
    }

    @Test
    void anotherDateKeyIsReadWhenDateIsMissing() throws IOException {
        Path site = Files.createDirectories(dir.resolve("keys"));
        Files.writeString(site.resolve("a.md"), "---\ntitle: A\npubDate: 2021-06-07T08:09:10+03:00\n---\nbody\n");
        Files.writeString(site.resolve("b.md"), "---\ntitle: B\ncreated: 2020-01-02\n---\nbody\n");
        ImportReport report = run(utc, site);
        assertThat(utc.bySource("a.md").publishedAt()).isEqualTo(Instant.parse("2021-06-07T05:09:10Z"));
        assertThat(utc.bySource("a.md").publishedOffset()).isEqualTo(ZoneOffset.ofHours(3));
        assertThat(lineOf(report, "a.md")).isEqualTo("date from front matter (pubDate)");
        assertThat(utc.bySource("b.md").publishedAt()).isEqualTo(Instant.parse("2020-01-02T00:00:00Z"));
    }

    @Test
    void dryRunSaysWhereEachDateComesFrom() {
        ImportReport plan = new ImportService(utc, CLOCK).plan(List.of(resource("zola")), ImportOptions.defaults());
        assertThat(plan.toText()).contains("content/blog/first-post.md — date from path",
                "content/blog/second.md — date from aliases");
    }

    @Test
    void dayInPathIgnoresNumbersThatAreNoDate() {
        assertThat(DateParsing.dayInPath("/posts/12345/2019-13-45/x")).isEmpty();
        assertThat(DateParsing.dayInPath("/v/120190515/x")).isEmpty();
        assertThat(DateParsing.dayInPath("/archive/2019/05/15/x")).hasValueSatisfying(d ->
                assertThat(d).hasToString("2019-05-15"));
    }
}
