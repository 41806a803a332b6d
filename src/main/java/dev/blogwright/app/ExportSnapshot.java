package dev.blogwright.app;

import dev.blogwright.model.SiteContent;
import dev.blogwright.store.Database;

/**
 * What an export reads from a library, as one consistent snapshot: a read transaction on a connection of its own,
 * held open while the export runs, so the bodies it reads late match the posts it read first whatever the app
 * saves meanwhile. Posts come without their bodies; a body is read only for a post the export renders.
 */
public final class ExportSnapshot implements AutoCloseable {
    private final Database snapshot;
    private final SiteContent content;

    ExportSnapshot(Database snapshot, SiteContent content) {
        this.snapshot = snapshot;
        this.content = content;
    }

    public SiteContent content() {
        return content;
    }

    @Override
    public void close() {
        snapshot.close();
    }
}
