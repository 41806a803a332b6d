package dev.blogwright.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bar of a dialog's long work: indeterminate until the size is known, full when done, empty when stopped. */
class WorkStatusTest {
    private final WorkStatus work = new WorkStatus();

    @Test
    void startStepsAndFinish() {
        work.start("Exporting…");
        assertThat(work.isRunning()).isTrue();
        assertThat(work.progressProperty().get()).isEqualTo(WorkStatus.UNKNOWN);
        work.step(0, 0, null);
        assertThat(work.progressProperty().get()).isEqualTo(WorkStatus.UNKNOWN);
        assertThat(work.messageProperty().get()).isEqualTo("Exporting…");
        work.step(1, 4, "1 of 4");
        assertThat(work.progressProperty().get()).isEqualTo(0.25);
        assertThat(work.messageProperty().get()).isEqualTo("1 of 4");
        work.finish("4 written");
        assertThat(work.isRunning()).isFalse();
        assertThat(work.progressProperty().get()).isEqualTo(1.0);
        assertThat(work.messageProperty().get()).isEqualTo("4 written");
    }

    @Test
    void stopEmptiesTheBarAndKeepsTheMessageWhenGivenNone() {
        work.start("Publishing…");
        work.step(2, 4, null);
        work.stop(null);
        assertThat(work.isRunning()).isFalse();
        assertThat(work.progressProperty().get()).isZero();
        assertThat(work.messageProperty().get()).isEqualTo("Publishing…");
        work.stop("Cancelled.");
        assertThat(work.messageProperty().get()).isEqualTo("Cancelled.");
    }

    @Test
    void shortWorkLeavesTheBarAlone() {
        work.finish("Published.");
        work.busy("Connecting…");
        assertThat(work.isRunning()).isTrue();
        assertThat(work.progressProperty().get()).isEqualTo(1.0);
        work.idle("It works.");
        assertThat(work.isRunning()).isFalse();
        assertThat(work.messageProperty().get()).isEqualTo("It works.");
    }
}
