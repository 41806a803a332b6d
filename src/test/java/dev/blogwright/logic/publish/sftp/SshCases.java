package dev.blogwright.logic.publish.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.blogwright.logic.publish.PublishException;

/** Catches the PublishException an action must throw, for tests that check which problem it names. */
final class SshCases {
    interface Action {
        void run() throws Exception;
    }

    private SshCases() {
    }

    static PublishException failure(Action action) {
        Throwable thrown = catchThrowable(action::run);
        assertThat(thrown).isInstanceOf(PublishException.class);
        assertThat(thrown.getMessage()).doesNotContain("\n");
        return (PublishException) thrown;
    }
}
