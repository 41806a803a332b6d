package dev.blogwright.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The indicator's one line for each state. */
class SyncStatusTest {
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    private static String text(SyncStatus s) {
        return s.text(NOW, ZoneOffset.UTC);
    }

    private static SyncStatus synced(Duration ago, int conflicts) {
        return new SyncStatus(SyncStatus.Kind.SYNCED, NOW.minus(ago), conflicts, "", false);
    }

    @Test
    void syncedSaysHowLongAgo() {
        assertThat(text(synced(Duration.ofSeconds(20), 0))).isEqualTo("Synced just now");
        assertThat(text(synced(Duration.ofMinutes(2).plusSeconds(30), 0))).isEqualTo("Synced 2 min ago");
        assertThat(text(synced(Duration.ofHours(3), 0))).isEqualTo("Synced 3 h ago");
        assertThat(text(synced(Duration.ofDays(4), 0))).isEqualTo("Synced on 3 Dec");
    }

    @Test
    void conflictsComeBeforeTheTime() {
        assertThat(text(synced(Duration.ofMinutes(2), 2))).isEqualTo("2 conflicts");
        assertThat(text(synced(Duration.ofMinutes(2), 1))).isEqualTo("1 conflict");
        assertThat(synced(Duration.ZERO, 1).needsAttention()).isTrue();
    }

    @Test
    void failuresSayWhatKindAndWhetherARetryComes() {
        SyncStatus s = synced(Duration.ofMinutes(9), 0);
        assertThat(text(s.with(SyncStatus.failure("offline: cannot reach file:///gone (x)"), "", true)))
                .isEqualTo("Offline — will retry");
        assertThat(text(s.with(SyncStatus.failure("auth: https://h refused the credentials"), "", true)))
                .isEqualTo("Sign-in refused — will retry");
        assertThat(text(s.with(SyncStatus.failure("rejected: the remote refused"), "", false)))
                .isEqualTo("Sync failed — not synced");
        assertThat(text(s.with(SyncStatus.Kind.SYNCING, "", false))).isEqualTo("Syncing…");
    }

    @Test
    void aLibraryWithoutARepositoryShowsNothing() {
        assertThat(text(SyncStatus.detached())).isEmpty();
        assertThat(text(new SyncStatus(SyncStatus.Kind.NEVER, null, 0, "", false))).isEqualTo("Not synced yet");
    }
}
