package dev.blogwright.logic.publish;

import java.time.Instant;

/** One deploy to a named target, for its history: when, what it sent, and how it ended in one line. */
public record DeployRecord(String target, Instant at, int uploaded, int deleted, int unchanged, boolean ok,
        String result) {
}
