package dev.blogwright.gui.editor;

import dev.blogwright.gui.common.EmojiImages;
import dev.blogwright.gui.preview.PreviewIcons;
import dev.blogwright.gui.preview.PreviewPage;
import dev.blogwright.logic.export.site.PostPagePreview;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Post;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The preview's page shell: the export theme's post page for the open post (header, category, date, reading
 * time, tags, the theme's CSS), so the preview looks like the published page; the body is filled in place.
 */
final class ThemedPreviewPage {
    private static final Logger LOG = LoggerFactory.getLogger(ThemedPreviewPage.class);
    private final EditorViewModel vm;
    /** Loading a theme compiles its templates; kept until the blog's theme setting changes. */
    private PostPagePreview theme;
    private String themeSetting;

    ThemedPreviewPage(EditorViewModel vm) {
        this.vm = vm;
    }

    String html() {
        Post post = vm.currentProperty().get();
        if (post == null) {
            return PreviewPage.html();
        }
        try {
            BlogSettings settings = vm.services().settings().load();
            if (theme == null || !settings.theme().equals(themeSetting)) {
                theme = new PostPagePreview(settings.theme());
                themeSetting = settings.theme();
            }
            String page = theme.page(settings, vm.services().taxonomy().categories(), post, PreviewPage.placeholder(),
                    Instant.now());
            return PreviewPage.themed(PreviewIcons.drawn(page, EmojiImages.shared()), theme.css());
        } catch (RuntimeException e) {
            LOG.warn("the theme's post page failed for the preview; showing the plain page", e);
            return PreviewPage.html();
        }
    }

    /** Whether what the page header shows differs, so the shell must be loaded again. */
    static boolean headerChanged(Post old, Post now) {
        if (old == null || now == null) {
            return old != now;
        }
        return old.id() != now.id() || !old.title().equals(now.title()) || !old.icon().equals(now.icon())
                || !Objects.equals(old.categoryId(), now.categoryId()) || old.status() != now.status()
                || !Objects.equals(old.publishedAt(), now.publishedAt()) || !old.tags().equals(now.tags())
                || !old.featuredImage().equals(now.featuredImage()) || !Objects.equals(old.excerpt(), now.excerpt());
    }
}
