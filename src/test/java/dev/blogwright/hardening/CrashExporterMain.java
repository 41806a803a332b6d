package dev.blogwright.hardening;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.SiteContent;
import dev.blogwright.store.Database;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Child process of {@link KillDuringExportTest}: exports a library again and again, each time under a new blog
 * title so every page changes and is written afresh, and prints {@code EXPORTED <n>} after each export returns.
 */
public final class CrashExporterMain {
    private CrashExporterMain() {
    }

    public static void main(String[] args) throws Exception {
        Path library = Path.of(args[0]);
        Path out = Path.of(args[1]);
        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
        SiteContent content;
        try (BlogLibrary lib = BlogLibrary.open(library, Database.Mode.READ_ONLY)) {
            content = lib.siteContent(false);
        }
        stdout.write("READY\n".getBytes(StandardCharsets.UTF_8));
        for (int n = 1; ; n++) {
            BlogSettings s = content.settings();
            SiteContent run = new SiteContent(new BlogSettings(s.header(), "Run " + n + " of " + args[2], s.tagline(),
                    s.description(), s.baseUrl(), s.authorName(), s.language(), s.postsPerPage(), s.dateFormat(),
                    s.indexOrder(), s.theme(), s.trustRawHtml()), content.categories(), content.tags(),
                    content.posts(), content.assetsDir());
            new ExportService().export(run, out, ExportOptions.of(ExportFormat.ALL).withZip(null), (d, t) -> { });
            stdout.write(("EXPORTED " + n + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
