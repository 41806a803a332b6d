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
}
