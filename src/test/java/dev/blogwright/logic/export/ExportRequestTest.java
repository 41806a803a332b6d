package dev.blogwright.logic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.model.SiteContent;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRequestTest {
    @TempDir
    Path tmp;

    @Test
    void aZipKeepsItsBundleBesideIt() {
        ExportRequest request = ExportRequest.of("zip", tmp);
        assertThat(request.format()).isEqualTo(ExportFormat.HTML);
        assertThat(request.out()).isEqualTo(tmp.resolve("site"));
        assertThat(request.zip()).isEqualTo(tmp.resolve("site.zip"));
        assertThat(request.options(() -> false).zipPath()).isEqualTo(tmp.resolve("site.zip"));
        assertThat(request.result(new ExportReport(1, 0, 0, tmp.resolve("site")))).isEqualTo(tmp.resolve("site.zip"));
    }

    @Test
    void aFormatKeyWritesThatBundleIntoTheFolder() {
        ExportRequest json = ExportRequest.of(" JSON ", tmp);
        assertThat(json.format()).isEqualTo(ExportFormat.JSON);
        assertThat(json.out()).isEqualTo(tmp);
        assertThat(json.zip()).isNull();
        assertThat(json.options(() -> false).zip()).isFalse();
        assertThat(json.result(new ExportReport(1, 0, 0, tmp))).isEqualTo(tmp);
        assertThat(ExportRequest.of("all", tmp).result(new ExportReport(1, 0, 0, tmp)))
                .isEqualTo(tmp.resolve("index.html"));
    }

    @Test
    void anUnknownChoiceIsOneLineNamingTheChoices() {
        assertThatThrownBy(() -> ExportRequest.of("yaml", tmp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown format 'yaml'; use html, json, all or zip.");
    }

    @Test
    void withZipPutsTheZipInsideTheBundleUnlessOneIsChosen() {
        assertThat(ExportRequest.of("html", tmp).withZip().zip()).isEqualTo(tmp.resolve("site.zip"));
        assertThat(ExportRequest.of("html", tmp).withZip().result(new ExportReport(1, 0, 0, tmp)))
                .isEqualTo(tmp.resolve("index.html"));
        assertThat(ExportRequest.of("zip", tmp).withZip().zip()).isEqualTo(tmp.resolve("site.zip"));
    }

    @Test
    void optionsCarryTheThemeAndTheCancelFlag() {
        ExportOptions options = ExportRequest.of("html", tmp).withThemeDir(tmp.resolve("theme")).options(() -> true);
        assertThat(options.themeDir()).isEqualTo(tmp.resolve("theme"));
        assertThat(options.cancelled().getAsBoolean()).isTrue();
    }

    @Test
    void aBaseUrlReplacesOnlyTheBlogsBaseUrl() {
        SiteContent content = SiteFixture.content(tmp.resolve("lib"));
        SiteContent shown = ExportRequest.of("html", tmp).withBaseUrl("https://example.org/").applyTo(content);
        assertThat(shown.settings().baseUrl()).isEqualTo("https://example.org/");
        assertThat(shown.settings().title()).isEqualTo(content.settings().title());
        assertThat(shown.posts()).isEqualTo(content.posts());
        assertThat(ExportRequest.of("html", tmp).applyTo(content)).isSameAs(content);
    }

    @Test
    void theServiceExportsAZipRequestAsTheDialogAndTheCommandLineAskForIt() throws IOException {
        SiteContent content = SiteFixture.content(tmp.resolve("lib"));
        ExportRequest request = ExportRequest.of("zip", tmp.resolve("out"));
        ExportReport report = new ExportService().export(content, request, ExportProgress.NONE, () -> false);
        assertThat(report.output()).isEqualTo(tmp.resolve("out/site").toAbsolutePath().normalize());
        assertThat(report.output().resolve("index.html")).isRegularFile();
        assertThat(request.result(report)).isRegularFile().hasFileName("site.zip");
    }
}
