package dev.blogwright.logic.publish;

import java.io.IOException;
import java.util.Optional;

/**
 * What a deploy needs to know of the target before it plans: the manifest the last complete deploy left (its bytes
 * and, when it can be trusted, its entries) and whether a deploy was cut off since.
 */
public record RemoteState(Optional<byte[]> stored, Optional<DeployManifest> previous, boolean cutOff) {

    /** Reads the manifest and the cut-off marker; the parse of a 10,000-entry manifest is part of it. */
    public static RemoteState read(RemoteSite site) throws IOException {
        Optional<byte[]> stored = site.read(DeployManifest.FILE);
        boolean cutOff = site.read(DeployManifest.PENDING).isPresent();
        return new RemoteState(stored, stored.flatMap(DeployManifest::parse), cutOff);
    }
}
