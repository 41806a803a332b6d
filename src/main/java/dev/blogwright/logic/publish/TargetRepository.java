package dev.blogwright.logic.publish;

import java.util.List;
import java.util.Optional;

/** Where a library keeps its deploy targets and their history; names compare without case. */
public interface TargetRepository {
    List<DeployTarget> all();

    Optional<DeployTarget> find(String name);

    /** Adds a target, or replaces the one of the same name (its history stays). */
    void save(DeployTarget target);

    /** Removes a target and its history; false when there was none of that name. */
    boolean remove(String name);

    void addRecord(DeployRecord record);

    /** The target's newest deploys first. */
    List<DeployRecord> history(String name, int limit);
}
