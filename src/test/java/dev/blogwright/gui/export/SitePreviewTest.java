package dev.blogwright.gui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.common.FakeDialogService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitePreviewTest {
    @TempDir
    Path dir;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<String> opened = new ArrayList<>();

    private static String get(String uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(uri)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void withoutAnExportItSaysSoInOneLine() {
        try (SitePreview preview = new SitePreview(Optional::empty, opened::add, dialogs)) {
            preview.open();
        }
        assertThat(opened).isEmpty();
        assertThat(dialogs.infos).singleElement().asString().contains("Export the blog as HTML first");
    }

    @Test
    void opensTheLastExportInTheBrowserAndFollowsTheNextExport() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Files.writeString(first.resolve("index.html"), "<p>first</p>");
        Path second = Files.createDirectories(dir.resolve("second"));
        Files.writeString(second.resolve("index.html"), "<p>second</p>");
        AtomicReference<Path> last = new AtomicReference<>(first);
        try (SitePreview preview = new SitePreview(() -> Optional.of(last.get()), opened::add, dialogs)) {
            preview.open();
            assertThat(opened).singleElement().asString().startsWith("http://127.0.0.1:");
            assertThat(dialogs.asked).containsExactly(opened.get(0));
            assertThat(get(opened.get(0))).contains("<p>first</p>");
            preview.exported(second);
            assertThat(get(opened.get(0))).contains("<p>second</p>");
        }
    }
}
