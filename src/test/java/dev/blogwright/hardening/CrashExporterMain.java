package dev.blogwright.hardening;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Post;
import dev.blogwright.model.SiteContent;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Child process of {@link KillDuringExportTest}: exports a library again and again and prints {@code EXPORTED <n>}
 * after each export returns. Odd runs give the blog a new title, so every page changes and a whole new bundle is
 * swapped in; even runs edit one post's body, so the export patches a few files into the bundle.
 */
public final class CrashExporterMain {
    private CrashExporterMain() {
    }

    public static void main(String[] args) throws Exception {
        Path library = Path.of(args[0]);
        Path out = Path.of(args[1]);
        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
        SiteContent content;
        try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.READ_ONLY)) {
            content = lib.siteContent(false);
        }
        stdout.write("READY\n".getBytes(StandardCharsets.UTF_8));
        BlogSettings s = content.settings();
        for (int n = 1; ; n++) {
            SiteContent run;
            if (n % 2 == 1) {
                s = new BlogSettings(s.header(), "Run " + n + " of " + args[2], s.tagline(), s.description(),
                        s.baseUrl(), s.authorName(), s.language(), s.postsPerPage(), s.dateFormat(), s.indexOrder(),
                        s.theme(), s.trustRawHtml());
                run = content.withSettings(s);
            } else {
                List<Post> posts = new ArrayList<>(content.posts());
                int i = n % posts.size();
                posts.set(i, posts.get(i).toBuilder().body(posts.get(i).body() + "\n\nEdited in run " + n + ".\n")
                        .build());
                content = new SiteContent(s, content.categories(), content.tags(), posts, content.assetsDir());
                run = content;
            }
            new ExportService().export(run, out, ExportOptions.of(ExportFormat.ALL).withZip(null), (d, t) -> { });
            stdout.write(("EXPORTED " + n + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
