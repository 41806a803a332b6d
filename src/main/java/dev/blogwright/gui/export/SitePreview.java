package dev.blogwright.gui.export;

import dev.blogwright.app.SitePreviewServer;
import dev.blogwright.gui.common.DialogService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Open in browser": the whole site of the last export, served on a loopback port and shown in the user's browser.
 * The server starts the first time it is asked for and lives until the window closes; each HTML export hands it
 * the new site, and the pages open in the browser reload themselves.
 */
public final class SitePreview implements AutoCloseable {
    private final Supplier<Optional<Path>> lastExport;
    private final Consumer<String> openInBrowser;
    private final DialogService dialogs;
    private SitePreviewServer server;

    /**
     * @param lastExport the folder of the last export (remembered between runs)
     * @param openInBrowser the host's "show this URI" (HostServices)
     */
    public SitePreview(Supplier<Optional<Path>> lastExport, Consumer<String> openInBrowser, DialogService dialogs) {
        this.lastExport = lastExport;
        this.openInBrowser = openInBrowser;
        this.dialogs = dialogs;
    }

    /** Opens the last exported site in the browser, or says in one line why there is none to show. */
    public void open() {
        Optional<Path> site = lastExport.get().filter(SitePreview::isSite);
        if (site.isEmpty()) {
            dialogs.showInfo("Open in browser", "Export the blog as HTML first; the browser shows the last export.");
            return;
        }
        try {
            if (server == null) {
                server = SitePreviewServer.start();
            }
            server.publish(site.get());
            String address = server.address().toString();
            openInBrowser.accept(address);
            // The desktop gives no word whether a browser opened; the address is said in a field it can be copied
            // from, so a machine without a browser set up still reaches the site.
            dialogs.ask("Open in browser", "The site is served at this address (copy it into a browser if none"
                    + " opened):", address);
        } catch (IOException e) {
            dialogs.showError("The site preview could not start: " + e.getMessage(), e);
        }
    }

    /** After an export: a running preview now serves {@code folder}, so the open pages show the new site. */
    public void exported(Path folder) {
        if (server != null && isSite(folder)) {
            try {
                server.publish(folder);
            } catch (IOException e) {
                dialogs.showError("The site preview could not follow the export: " + e.getMessage(), e);
            }
        }
    }

    private static boolean isSite(Path folder) {
        return Files.isRegularFile(folder.resolve("index.html"));
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
