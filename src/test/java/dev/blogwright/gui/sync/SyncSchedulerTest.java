package dev.blogwright.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.store.TestLibraries.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When automatic syncs are due, on a clock the test moves. */
class SyncSchedulerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private final SyncScheduler scheduler = new SyncScheduler(clock);

    private void advance(Duration d) {
        clock.advanceSeconds(d.toSeconds());
    }

    @Test
    void offIsNeverDue() {
        advance(Duration.ofDays(1));
        scheduler.saved();
        assertThat(scheduler.due()).isFalse();
        assertThat(scheduler.nextDue()).isEmpty();
    }

    @Test
    void everyFiveMinutesIsDueAfterFiveMinutesAndAgainFiveAfterTheSync() {
        scheduler.configure(new AutoSyncSettings.Choice(5, false));
        advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(scheduler.due()).isFalse();
        advance(Duration.ofSeconds(1));
        assertThat(scheduler.due()).isTrue();
        scheduler.started();
        assertThat(scheduler.due()).as("not while one runs").isFalse();
        advance(Duration.ofSeconds(20));
        scheduler.succeeded();
        assertThat(scheduler.nextDue()).contains(clock.instant().plus(Duration.ofMinutes(5)));
    }

    @Test
    void afterSavingIsDueThirtySecondsAfterTheLastSave() {
        scheduler.configure(new AutoSyncSettings.Choice(0, true));
        scheduler.saved();
        advance(Duration.ofSeconds(20));
        scheduler.saved();
        advance(Duration.ofSeconds(20));
        assertThat(scheduler.due()).as("each save pushes it back").isFalse();
        advance(Duration.ofSeconds(10));
        assertThat(scheduler.due()).isTrue();
        scheduler.started();
        scheduler.succeeded();
        assertThat(scheduler.nextDue()).as("nothing saved since").isEmpty();
    }

    @Test
    void aSaveBringsTheNextSyncForwardWhenBothAreOn() {
        scheduler.configure(new AutoSyncSettings.Choice(15, true));
        scheduler.saved();
        assertThat(scheduler.nextDue()).contains(clock.instant().plus(SyncScheduler.AFTER_SAVE));
    }

    @Test
    void failuresBackOffFromTheIntervalDoublingUpToHalfAnHour() {
        scheduler.configure(new AutoSyncSettings.Choice(5, true));
        Duration[] waits = {Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(20),
            Duration.ofMinutes(30), Duration.ofMinutes(30)};
        for (Duration wait : waits) {
            scheduler.started();
            scheduler.failed();
            // A save while offline does not bring the retry forward.
            scheduler.saved();
            assertThat(scheduler.nextDue()).contains(clock.instant().plus(wait));
            advance(wait.minusSeconds(1));
            assertThat(scheduler.due()).isFalse();
            advance(Duration.ofSeconds(1));
            assertThat(scheduler.due()).isTrue();
        }
        scheduler.started();
        scheduler.succeeded();
        assertThat(scheduler.failures()).isZero();
        assertThat(scheduler.nextDue()).contains(clock.instant().plus(Duration.ofMinutes(5)));
    }

    @Test
    void anHourlyIntervalRetriesHourlyNotSooner() {
        scheduler.configure(new AutoSyncSettings.Choice(60, false));
        scheduler.started();
        scheduler.failed();
        assertThat(scheduler.backoff()).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void onlyAfterSavingRetriesAfterAMinuteThenLonger() {
        scheduler.configure(new AutoSyncSettings.Choice(0, true));
        scheduler.started();
        scheduler.failed();
        assertThat(scheduler.backoff()).isEqualTo(Duration.ofMinutes(1));
        scheduler.started();
        scheduler.failed();
        assertThat(scheduler.backoff()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void theFirstSyncComesSoonAfterOpeningThenEveryInterval() {
        scheduler.configure(new AutoSyncSettings.Choice(15, false));
        scheduler.soon(Duration.ofSeconds(10));
        advance(Duration.ofSeconds(10));
        assertThat(scheduler.due()).isTrue();
        scheduler.started();
        scheduler.succeeded();
        assertThat(scheduler.nextDue()).contains(clock.instant().plus(Duration.ofMinutes(15)));
    }

    @Test
    void openingWithAutomaticSyncOffSyncsNothing() {
        scheduler.soon(Duration.ofSeconds(10));
        advance(Duration.ofMinutes(1));
        assertThat(scheduler.due()).isFalse();
    }
}
