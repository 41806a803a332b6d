package dev.blogwright.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogwright.logic.export.cache.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deploy that follows an export takes the export's list of files from memory instead of reading the manifest back:
 * that list must be the manifest's, and only while the manifest is the one the export wrote.
 */
class CommittedFilesTest {
    @TempDir
    Path tmp;

    private static Map<String, String> manifestFiles(Path bundle) throws IOException {
        JsonNode files = new ObjectMapper().readTree(bundle.resolve(Manifest.FILE).toFile()).path("files");
        Map<String, String> out = new TreeMap<>();
        files.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    @Test
    void theFilesOfTheLastExportAreTheManifestsWhileItStands() throws IOException {
        ExportService service = new ExportService();
        Path site = tmp.resolve("site");
        service.export(SiteFixture.content(tmp.resolve("assets")), site, SiteFixture.options(ExportFormat.HTML),
                ExportProgress.NONE);

        Map<String, String> onDisk = manifestFiles(site);
        assertThat(onDisk).hasSizeGreaterThan(10);
        assertThat(service.committedFiles(site)).hasValueSatisfying(files -> assertThat(files).isEqualTo(onDisk));
        // The same folder however it is named.
        assertThat(service.committedFiles(tmp.resolve("./site/../site"))).map(Map::size).contains(onDisk.size());

        // Another folder, another service (a new process): nothing from memory, the manifest is read instead.
        assertThat(service.committedFiles(tmp.resolve("elsewhere"))).isEmpty();
        assertThat(new ExportService().committedFiles(site)).isEmpty();

        // The manifest rewritten behind the export's back no longer counts as the export's.
        Path manifest = site.resolve(Manifest.FILE);
        Files.writeString(manifest, Files.readString(manifest).replace("\"files\":{", "\"files\":{\"extra.html\":\"ab\","));
        assertThat(service.committedFiles(site)).isEmpty();
    }
}
