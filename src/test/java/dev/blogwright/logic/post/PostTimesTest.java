package dev.blogwright.logic.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A post's time in its own offset or the blog's zone is what {@code Instant.atOffset} gives, to the nanosecond. */
class PostTimesTest {
    @Test
    void timesAreTheJdksInTheOwnOffsetOrTheZonesOffsetThen() {
        Random random = new Random(7);
        List<ZoneId> zones = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(-4), ZoneId.of("Europe/Berlin"),
                ZoneId.of("America/St_Johns"), ZoneId.of("Asia/Kathmandu"), ZoneId.of("UTC"));
        for (int n = 0; n < 20_000; n++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong() % 4_000_000_000L, random.nextInt(1_000_000_000));
            ZoneOffset own = random.nextBoolean() ? null : ZoneOffset.ofTotalSeconds(random.nextInt(-36, 37) * 1800);
            ZoneId zone = zones.get(random.nextInt(zones.size()));
            ZoneOffset expectedOffset = own != null ? own : zone.getRules().getOffset(instant);

            assertThat(PostTimes.at(instant, own, zone)).as("%s in %s / %s", instant, own, zone)
                    .isEqualTo(instant.atOffset(expectedOffset));
        }
        assertThat(PostTimes.at(null, ZoneOffset.UTC, ZoneOffset.UTC)).isNull();
    }

    @Test
    void isoTextKeepsTheOffsetAndOnlyAFractionThereIs() {
        ZoneId newYork = ZoneId.of("America/New_York");
        assertThat(PostTimes.iso(PostTimes.at(Instant.parse("2013-09-07T02:02:41Z"), null, newYork)))
                .isEqualTo("2013-09-06T22:02:41-04:00");
        assertThat(PostTimes.iso(PostTimes.at(Instant.parse("2013-09-07T02:02:41.5Z"), ZoneOffset.UTC, newYork)))
                .isEqualTo("2013-09-07T02:02:41.5Z");
    }

    /** The hand-written text is the formatter's, for dates of any year, fraction and offset (some with seconds). */
    @Test
    void isoTextIsTheFormattersForAnyDate() {
        Random random = new Random(5);
        List<Integer> years = List.of(-1, 0, 1, 999, 1000, 1970, 2026, 9999, 10000, 123456);
        for (int i = 0; i < 20_000; i++) {
            int year = i < years.size() * 50 ? years.get(i % years.size()) : 1 + random.nextInt(9999);
            int nano = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000_000);
                default -> random.nextInt(10) * 100_000_000;
            };
            int offset = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> (random.nextInt(37) - 18) * 3600;
                case 2 -> (random.nextInt(18 * 60 * 2 + 1) - 18 * 60) * 60;
                default -> random.nextInt(18 * 3600 * 2 + 1) - 18 * 3600;
            };
            java.time.OffsetDateTime t = java.time.OffsetDateTime.of(year, 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60), nano,
                    ZoneOffset.ofTotalSeconds(offset));
            assertThat(PostTimes.iso(t)).as("%s", t).isEqualTo(PostTimes.ISO.format(t));
        }
    }
}
