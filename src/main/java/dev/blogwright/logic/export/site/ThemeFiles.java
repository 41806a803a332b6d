package dev.blogwright.logic.export.site;

import dev.blogwright.logic.export.bundle.BundleWriter;
import dev.blogwright.logic.export.bundle.SafePaths;
import dev.blogwright.logic.export.cache.InputKeys;
import dev.blogwright.logic.theme.FaviconSet;
import dev.blogwright.model.SiteContent;
import dev.blogwright.model.ThemeOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

/**
 * The files theme options add to an export: the favicon set made from the blog's icon picture, and the bundled
 * font with its licence when the blog chose it. Nothing when the options are the defaults.
 */
final class ThemeFiles {
    private static final String FONTS = "assets/fonts/inter/";

    private ThemeFiles() {
    }

    static void write(SiteContent content, BundleWriter out) throws IOException {
        ThemeOptions options = content.themeOptions();
        if (!options.favicon().isEmpty()) {
            writeIcons(content.assetsDir(), options.favicon(), out);
        }
        if (options.font() == ThemeOptions.Font.INTER) {
            out.write(ThemeLook.INTER_FILE, resource("inter-latin-wght-normal.woff2"));
            out.write(ThemeLook.INTER_LICENCE, resource("OFL.txt"));
        }
    }

    /** The icons are made again only when the picture changed: asset names are content hashes. */
    private static void writeIcons(Path assetsDir, String reference, BundleWriter out) throws IOException {
        String inputs = InputKeys.of("favicon set", FaviconSet.ICO_SIZES, FaviconSet.PNGS, reference);
        boolean kept = out.reuse("favicon.ico", inputs);
        for (String file : FaviconSet.PNGS.keySet()) {
            kept &= out.reuse(file, inputs);
        }
        if (kept) {
            return;
        }
        Path source = assetsDir == null ? null : SafePaths.resolve(assetsDir, reference.substring("assets/".length()));
        if (source == null || !Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("The favicon " + reference + " is missing from the library; "
                    + "choose it again in Blog settings > Theme");
        }
        Map<String, byte[]> files;
        try {
            files = FaviconSet.make(Files.readAllBytes(source));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " (" + reference + ")", e);
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!out.has(file.getKey())) {
                out.write(file.getKey(), file.getValue(), inputs);
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ThemeFiles.class.getClassLoader().getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("Blogwright's font files lack " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
