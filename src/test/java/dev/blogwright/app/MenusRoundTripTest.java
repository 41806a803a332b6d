package dev.blogwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.model.MenuEntry;
import dev.blogwright.model.MenuEntry.Kind;
import dev.blogwright.model.SiteMenus;
import dev.blogwright.model.SocialLink;
import dev.blogwright.model.SocialLink.Network;
import dev.blogwright.store.TestLibraries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Menus and tag descriptions travel with the library: in blog.yaml (sync, Markdown export) and in blog.json. */
class MenusRoundTripTest {
    private static final SiteMenus MENUS = SiteMenus.DEFAULT
            .withHeader(List.of(new MenuEntry(Kind.HOME, "", "Start"),
                    new MenuEntry(Kind.PAGE, "company", "Company: us", List.of(new MenuEntry(Kind.PAGE, "about", ""),
                            new MenuEntry(Kind.EXTERNAL, "https://example.org/#jobs", "Jobs \"now\"")))))
            .withFooter(List.of(new MenuEntry(Kind.TAG, "postgresql", "")))
            .withSocial(List.of(new SocialLink(Network.MASTODON, "", "https://mastodon.social/@eng"),
                    new SocialLink(Network.OTHER, "Ünïcode ✓", "https://example.org/x")));
    private static final Map<String, String> DESCRIPTIONS = Map.of("postgresql", "Notes: on\nPostgres.",
            "llm", "# not a comment");

    @TempDir
    Path dir;

    @Test
    void blogYamlCarriesMenusAndTagDescriptionsByteForByte() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        try (BlogLibrary a = TestLibraries.sample(dir.resolve("a"))) {
            LibraryTexts.export(a, dir.resolve("plain"));
            assertThat(dir.resolve("plain/blog.yaml")).content().doesNotContain("menus", "tagDescriptions");
            a.menus().saveMenus(MENUS);
            a.menus().saveTagDescriptions(DESCRIPTIONS);
            LibraryTexts.export(a, dir.resolve("one"));
        }
        Path lib = dir.resolve("b/library.db");
        try (BlogLibrary b = BlogLibrary.open(lib, OpenMode.CREATE)) {
            LibraryTexts.importFolder(b, dir.resolve("one"));
            assertThat(b.menus().menus()).isEqualTo(MENUS);
            assertThat(b.menus().tagDescriptions()).isEqualTo(DESCRIPTIONS);
            LibraryTexts.export(b, dir.resolve("two"));
        }
        assertThat(Files.readString(dir.resolve("two/blog.yaml"))).isEqualTo(Files.readString(dir.resolve("one/blog.yaml")))
                .contains("menus:", "tagDescriptions:");
    }

    @Test
    void theJsonBundleCarriesMenusAndTagDescriptions() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        ExportOptions json = ExportOptions.of(ExportFormat.JSON).withNow(Instant.parse("2026-06-01T00:00:00Z"));
        Files.createDirectories(dir.resolve("a"));
        try (BlogLibrary a = TestLibraries.sample(dir.resolve("a"))) {
            a.menus().saveMenus(MENUS);
            a.menus().saveTagDescriptions(DESCRIPTIONS);
            new ExportService().export(a.siteContent(false), first, json, (d, t) -> { });
        }
        try (BlogLibrary b = BlogLibrary.open(dir.resolve("b/library.db"), OpenMode.CREATE)) {
            JsonBundleImport.run(b, first);
            assertThat(b.menus().menus()).isEqualTo(MENUS);
            assertThat(b.menus().tagDescriptions()).isEqualTo(DESCRIPTIONS);
            new ExportService().export(b.siteContent(false), second, json, (d, t) -> { });
        }
        assertThat(Files.readString(second.resolve("blog.json"))).isEqualTo(Files.readString(first.resolve("blog.json")))
                .contains("\"menus\"", "\"tagDescriptions\"");
    }
}
