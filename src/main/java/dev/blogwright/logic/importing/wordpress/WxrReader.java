package dev.blogwright.logic.importing.wordpress;

import dev.blogwright.logic.importing.HtmlToMarkdown;
import dev.blogwright.logic.importing.ImportException;
import dev.blogwright.logic.importing.ImportReport;
import dev.blogwright.logic.importing.PostDraft;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a WordPress export (WXR: RSS 2.0 with WordPress's namespace). Posts and drafts become posts; pages become
 * pages, under their parent page ({@code wp:post_parent}); attachments, menu items, revisions and other site plumbing are skipped with a
 * report line each. The whole file is parsed and checked before anything is returned, so a broken export
 * imports nothing.
 */
public final class WxrReader {
    /**
     * The posts read; the lines the report gives the file (what was skipped and why, what was not taken); each
     * category's parent by name.
     */
    public record Result(List<PostDraft> drafts, List<ImportReport.Line> lines, Map<String, String> categoryParents) {
    }

    private final long maxBytes;
    private final Instant now;
    private final WxrContent content = new WxrContent(HtmlToMarkdown.converter());

    public WxrReader(long maxBytes, Instant now) {
        this.maxBytes = maxBytes;
        this.now = now;
    }

    /** Whether the start of a file looks like a WXR export: an RSS root that declares WordPress's namespace. */
    public static boolean looksLikeWxr(String head) {
        return head.contains("<rss") && head.contains(WxrXml.WP_NAMESPACE_PREFIX);
    }

    public Result read(Path file) throws ImportException {
        String name = file.getFileName().toString();
        WxrXml.Element root = WxrXml.read(file, maxBytes);
        WxrXml.Element channel = channel(root, name);
        List<WxrXml.Element> items = channel.all("item");
        Map<String, String> authors = authors(channel);
        WxrCategories categories = new WxrCategories(channel);
        Map<String, String> attachmentUrls = new HashMap<>();
        for (WxrXml.Element item : items) {
            if (item.childText("post_type").equals("attachment")) {
                String url = item.childText("attachment_url");
                attachmentUrls.put(item.childText("post_id"), url.isEmpty() ? item.childText("guid") : url);
            }
        }
        List<PostDraft> drafts = new ArrayList<>();
        List<ImportReport.Line> lines = new ArrayList<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        WxrItem reader = new WxrItem(name, now, content, authors, categories, attachmentUrls);
        for (WxrXml.Element item : items) {
            String type = item.childText("post_type").isEmpty() ? "post" : item.childText("post_type");
            String source = name + "#" + item.childText("post_id");
            String status = item.childText("status");
            if (!type.equals("post") && !type.equals("page")) {
                skipped.merge(type, 1, Integer::sum);
            } else if (status.equals("trash")) {
                lines.add(new ImportReport.Line(ImportReport.Kind.SKIPPED, source,
                        "in WordPress's trash; not imported"));
            } else if (status.equals("auto-draft")) {
                lines.add(new ImportReport.Line(ImportReport.Kind.SKIPPED, source,
                        "an automatic draft WordPress made, not a post someone wrote; not imported"));
            } else {
                drafts.add(reader.draft(item, type.equals("page")));
            }
        }
        skipped.forEach((type, n) -> lines.add(new ImportReport.Line(ImportReport.Kind.NOTE, name,
                n + " " + type + " item" + (n == 1 ? "" : "s") + " skipped (" + why(type) + ")")));
        lines.addAll(categories.notes(name));
        if (drafts.isEmpty()) {
            lines.add(new ImportReport.Line(ImportReport.Kind.NOTE, name, "holds no posts or pages"));
        }
        return new Result(drafts, lines, categories.parents());
    }

    private static WxrXml.Element channel(WxrXml.Element root, String name) throws ImportException {
        if (!root.name().equals("rss")) {
            throw new ImportException(name + ": not a WordPress export: the root element is <" + root.name()
                    + ">, not <rss>");
        }
        return root.first("channel").orElseThrow(() -> new ImportException(name
                + ": not a WordPress export: <rss> has no <channel>; nothing imported"));
    }

    private static String why(String type) {
        return switch (type) {
            case "attachment" -> "files and images stay on the old site: posts and featured images link them by"
                    + " URL; nothing is downloaded, the import works offline";
            case "nav_menu_item" -> "menu entries of the WordPress theme";
            case "revision" -> "earlier versions; the latest is imported";
            default -> "site data of WordPress or a plugin, not a post";
        };
    }

    /** Author logins → display names (first and last name when the display name is only the login). */
    private static Map<String, String> authors(WxrXml.Element channel) {
        Map<String, String> out = new HashMap<>();
        for (WxrXml.Element a : channel.all("author")) {
            String login = a.childText("author_login");
            String display = a.childText("author_display_name");
            String full = (a.childText("author_first_name") + " " + a.childText("author_last_name")).strip();
            out.put(login, display.isEmpty() || (display.equals(login) && !full.isEmpty()) ? full : display);
        }
        return out;
    }
}
