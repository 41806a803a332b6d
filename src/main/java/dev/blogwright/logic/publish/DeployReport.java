package dev.blogwright.logic.publish;

/**
 * What a deploy did (or, for a dry run, would do).
 *
 * @param plan the plan it carried out
 * @param dryRun true when the target was not touched
 */
public record DeployReport(DeployPlan plan, boolean dryRun) {
    public int uploaded() {
        return plan.uploads().size();
    }

    public int deleted() {
        return plan.deletes().size();
    }

    public int unchanged() {
        return plan.unchanged();
    }

    /** The one line the command line prints and the history keeps. */
    public String line() {
        return (dryRun ? "would upload " + uploaded() + ", delete " + deleted()
                : "uploaded " + uploaded() + ", deleted " + deleted()) + ", unchanged " + unchanged();
    }
}
