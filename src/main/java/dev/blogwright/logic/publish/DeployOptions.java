package dev.blogwright.logic.publish;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How to deploy. {@code verify} lists and compares the remote files even when the target's manifest looks right;
 * {@code dryRun} plans without changing the target; {@code maxDeleteShare} is the share of the remote files a
 * deploy may delete unless {@code confirmDeletes}; {@code cancelled} is polled between files.
 */
public record DeployOptions(boolean dryRun, boolean verify, double maxDeleteShare, boolean confirmDeletes,
        BooleanSupplier cancelled, DeployProgress progress) {
    public DeployOptions {
        cancelled = Objects.requireNonNullElse(cancelled, () -> false);
        progress = Objects.requireNonNullElse(progress, DeployProgress.NONE);
        if (!(maxDeleteShare >= 0 && maxDeleteShare <= 1)) {
            throw new IllegalArgumentException("The share of files a deploy may delete is between 0 and 1");
        }
    }

    public static DeployOptions defaults() {
        return new DeployOptions(false, false, DeployPlan.DEFAULT_MAX_DELETE_SHARE, false, null, null);
    }

    public DeployOptions withDryRun(boolean value) {
        return new DeployOptions(value, verify, maxDeleteShare, confirmDeletes, cancelled, progress);
    }

    public DeployOptions withVerify(boolean value) {
        return new DeployOptions(dryRun, value, maxDeleteShare, confirmDeletes, cancelled, progress);
    }

    public DeployOptions withMaxDeleteShare(double value) {
        return new DeployOptions(dryRun, verify, value, confirmDeletes, cancelled, progress);
    }

    public DeployOptions withConfirmDeletes(boolean value) {
        return new DeployOptions(dryRun, verify, maxDeleteShare, value, cancelled, progress);
    }

    public DeployOptions withCancelled(BooleanSupplier value) {
        return new DeployOptions(dryRun, verify, maxDeleteShare, confirmDeletes, value, progress);
    }

    public DeployOptions withProgress(DeployProgress value) {
        return new DeployOptions(dryRun, verify, maxDeleteShare, confirmDeletes, cancelled, value);
    }
}
