package dev.blogwright.logic.export.site;

import dev.blogwright.logic.export.ExportSelection;
import dev.blogwright.logic.export.RenderedPost;
import dev.blogwright.logic.markdown.PostText;
import dev.blogwright.logic.post.Slugs;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import dev.blogwright.model.SiteContent;
import dev.blogwright.model.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The post page of the export theme, for the live preview: the same template, header and CSS as the published
 * page, with the body left as a placeholder the preview fills (and updates in place) itself.
 */
public final class PostPagePreview {
    private static final Logger LOG = LoggerFactory.getLogger(PostPagePreview.class);
    private final SiteTheme theme;

    public PostPagePreview(String settingsTheme) {
        SiteTheme chosen;
        try {
            chosen = SiteTheme.select(null, settingsTheme);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("theme '{}' unusable for the preview; using the built-in one", settingsTheme, e);
            chosen = SiteTheme.builtIn();
        }
        this.theme = chosen;
    }

    /** The whole page for {@code post}; {@code bodyPlaceholder} is put where the rendered body goes. */
    public String page(BlogSettings settings, List<Category> categories, Post post, String bodyPlaceholder,
                       Instant now) {
        int words = PostText.wordCount(post.body());
        RenderedPost rendered = new RenderedPost(post, "", PostText.excerpt(post.excerpt(), post.body()),
                words, PostText.readingMinutes(words), Set.of(), ExportSelection.mark(post, now));
        List<Tag> tags = post.tags().stream().map(name -> new Tag(0, name, Slugs.slugify(name))).toList();
        SiteContent content = new SiteContent(settings, categories, tags, List.of(post), null);
        return new SiteExporter(theme).lonePostPage(new SiteModel(content, List.of()), rendered, bodyPlaceholder);
    }

    /** The theme's stylesheet, for a page that cannot reach the theme folder by a relative link. */
    public String css() {
        byte[] css = theme.staticFiles().get("style.css");
        return css == null ? "" : new String(css, StandardCharsets.UTF_8);
    }
}
