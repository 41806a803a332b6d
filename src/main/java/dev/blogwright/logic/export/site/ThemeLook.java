package dev.blogwright.logic.export.site;

import dev.blogwright.logic.markdown.MarkdownRenderer;
import dev.blogwright.logic.theme.Contrast;
import dev.blogwright.model.ThemeOptions;
import dev.blogwright.model.ThemeOptions.Font;
import dev.blogwright.model.ThemeOptions.HeaderLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The theme options as templates see them ({@code {{ theme.classes }}}, …). Every value has a neutral default
 * (empty, false), so a template that ignores them, or a copied theme that predates them, renders as before.
 *
 * @param classes         for the {@code <html>} element: {@code header-centered}, {@code font-serif}, …
 * @param style           custom properties for the {@code <html>} element's style ({@code --accent-light:#…})
 * @param logo            the logo's path from the bundle root ({@code assets/…}), its size in pixels when known
 * @param icons           whether the export holds the favicon set ({@code favicon.ico}, PNG and touch icons)
 * @param fontPreload     the path of the font file to preload, when a bundled font is chosen
 * @param footerHtml      the footer text, rendered from inline Markdown and sanitized (print it with {@code raw})
 * @param socialImage     the fallback image for link previews as an absolute URL (needs the base URL), else empty
 * @param socialImagePath the same image's path from the bundle root
 */
public record ThemeLook(String classes, String style, String logo, int logoWidth, int logoHeight, boolean icons,
                        String fontPreload, String footerHtml, String socialImage, String socialImagePath) {
    private static final Logger LOG = LoggerFactory.getLogger(ThemeLook.class);
    /** The bundled font's files: the woff2 (Latin, variable weight) and its licence, under assets/fonts/. */
    static final String INTER_FILE = "assets/fonts/inter-latin-wght-normal.woff2";
    static final String INTER_LICENCE = "assets/fonts/Inter-OFL.txt";
    private static final Pattern ONE_PARAGRAPH = Pattern.compile("<p>(.*)</p>\\s*", Pattern.DOTALL);

    public static ThemeLook none() {
        return new ThemeLook("", "", "", 0, 0, false, "", "", "", "");
    }

    /** The look of {@code options}; {@code assetsDir} (may be null) is read for the logo's size. */
    static ThemeLook of(ThemeOptions options, SiteLinks links, Path assetsDir) {
        List<String> classes = new ArrayList<>();
        if (options.header() != HeaderLayout.LEFT) {
            classes.add("header-" + options.header().key());
        }
        if (options.font() != Font.SYSTEM) {
            classes.add("font-" + options.font().key());
        }
        String style = "";
        if (!options.accent().isEmpty() || !options.accentDark().isEmpty()) {
            classes.add("accent-custom");
            String light = options.accent().isEmpty() ? "#4f46e5" : options.accent();
            String dark = !options.accentDark().isEmpty() ? options.accentDark() : Contrast.darkPartner(light);
            style = "--accent-light:" + light + ";--accent-dark:" + dark;
        }
        int[] size = options.logo().isEmpty() ? new int[2] : size(assetsDir, options.logo());
        String social = options.socialImage();
        return new ThemeLook(String.join(" ", classes), style, options.logo(), size[0], size[1],
                !options.favicon().isEmpty(), options.font() == Font.INTER ? INTER_FILE : "",
                footer(options.footerText()), social.isEmpty() || !links.hasBaseUrl() ? "" : links.absolute(social),
                social);
    }

    /** One line of inline Markdown as HTML: sanitized, and plain escaped text if it would make blocks. */
    static String footer(String markdown) {
        if (markdown.isBlank()) {
            return "";
        }
        String html = new MarkdownRenderer(false).render(markdown.replace('\n', ' '));
        Matcher m = ONE_PARAGRAPH.matcher(html);
        if (m.matches() && !m.group(1).contains("<p>")) {
            return m.group(1).strip();
        }
        return escape(markdown);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The image's width and height from its header; zeros when it cannot be read (the page still works). */
    private static int[] size(Path assetsDir, String reference) {
        if (assetsDir == null) {
            return new int[2];
        }
        Path file = assetsDir.resolve(reference.substring("assets/".length()));
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new int[2];
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            var readers = ImageIO.getImageReaders(in);
            if (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in);
                    return new int[] {reader.getWidth(0), reader.getHeight(0)};
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read the size of the logo {}", reference, e);
        }
        return new int[2];
    }
}
