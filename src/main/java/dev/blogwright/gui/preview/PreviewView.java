package dev.blogwright.gui.preview;

import dev.blogwright.gui.common.BackgroundTasks;
import dev.blogwright.gui.common.LoadingPlaceholder;
import dev.blogwright.gui.common.Theme;
import dev.blogwright.logic.markdown.MarkdownRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The live preview: Markdown rendered by the export's renderer into a WebView with JavaScript off. The page is
 * loaded once; after that each rendering replaces only the top-level blocks that changed, through the DOM API,
 * so the scroll position and the unchanged images stay. The editor side is coupled by two properties only:
 * {@link #markdownProperty()} and {@link #scrollRatioProperty()}.
 */
public final class PreviewView {

    static final String RENDERING = "Rendering the preview…";
    private final WebView web = new WebView();
    /** Over the page until its first rendering is in: WebKit's start on a busy machine left it blank for long. */
    private final LoadingPlaceholder loading = new LoadingPlaceholder(RENDERING);
    private final StackPane holder = new StackPane(web, loading);
    private final WebEngine engine = web.getEngine();
    private final StringProperty markdown = new SimpleStringProperty("");
    private final DoubleProperty scrollRatio = new SimpleDoubleProperty();
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final PreviewScroller scroller = new PreviewScroller();
    private final PreviewShellFile shellFile = new PreviewShellFile();
    private final Path assetsFolder;
    private List<String> shown = List.of();
    private PreviewBlocks waiting;
    private long requested;
    private boolean inFlight;
    private boolean renderAgain;
    private boolean pageReady;
    private Supplier<String> pageSource = PreviewPage::html;
    /** Held here: the theme's property only keeps a weak reference, so a closed editor's preview can go. */
    private final ChangeListener<Theme> themeChanged = (obs, old, now) -> reloadPage();

    public PreviewView(Path assetsFolder) {
        this.assetsFolder = assetsFolder;
        engine.setJavaScriptEnabled(false);
        web.setContextMenuEnabled(false);
        web.getStyleClass().add("preview");
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                pageReady = true;
                shown = List.of();
                if (waiting != null) {
                    apply(waiting);
                    waiting = null;
                }
            }
        });
        markdown.addListener((obs, old, now) -> requestRender());
        scrollRatio.addListener((obs, old, now) -> scroller.scrollTo(document(), now.doubleValue()));
        Theme.appliedProperty().addListener(new WeakChangeListener<>(themeChanged));
        reloadPage();
    }

    /** Loads the page shell again, e.g. after the theme's stylesheet changed; the post is re-inserted. */
    public void reloadPage() {
        pageReady = false;
        // The shell is loaded from a file: URL so WebKit lets it show the library's file: images.
        String page = PreviewPage.resolveAssets(
                PreviewPage.inScheme(pageSource.get(), Theme.appliedProperty().get() == Theme.DARK), assetsFolder);
        shellFile.write(page).ifPresentOrElse(engine::load, () -> engine.loadContent(page));
        render();
    }

    /** Where the page shell comes from: the export theme's post page, or the plain preview page. */
    public void setPageSource(Supplier<String> source) {
        pageSource = source;
        reloadPage();
    }

    /** Renders now (used when a post is opened). */
    public void refresh() {
        render();
    }

    /**
     * Coalesces keystrokes without a fixed delay: when no rendering runs, the new text renders at once; while one
     * runs, only the latest text renders after it. The preview stays one rendering behind at most, and an idle
     * keystroke shows in the time one rendering takes rather than after a debounce.
     */
    private void requestRender() {
        if (inFlight) {
            renderAgain = true;
        } else {
            render();
        }
    }

    private void render() {
        long ticket = ++requested;
        String text = markdown.get();
        inFlight = true;
        BackgroundTasks.run(() -> PreviewBlocks.render(renderer, text, assetsFolder), blocks -> {
            if (ticket == requested) {
                if (pageReady) {
                    apply(blocks);
                } else {
                    waiting = blocks;
                }
            }
            finished();
        }, e -> finished());
    }

    private void finished() {
        inFlight = false;
        if (renderAgain) {
            renderAgain = false;
            render();
        }
    }

    private void apply(PreviewBlocks blocks) {
        // The page and a rendering are both in: from here on the page shows something.
        loading.setVisible(false);
        Document doc = engine.getDocument();
        Element article = doc == null ? null : doc.getElementById(PreviewPage.ARTICLE_ID);
        if (article == null) {
            return;
        }
        NodeList children = article.getChildNodes();
        if (children.getLength() != shown.size()) {
            // Something else changed the article (should not happen); start over rather than patch blindly.
            while (article.getFirstChild() != null) {
                article.removeChild(article.getFirstChild());
            }
            shown = List.of();
        }
        int prefix = PreviewBlocks.commonPrefix(shown, blocks.keys());
        int suffix = PreviewBlocks.commonSuffix(shown, blocks.keys(), prefix);
        for (int i = shown.size() - suffix - 1; i >= prefix; i--) {
            article.removeChild(children.item(i));
        }
        org.w3c.dom.Node before = prefix < children.getLength() ? children.item(prefix) : null;
        for (int i = prefix; i < blocks.nodes().size() - suffix; i++) {
            article.insertBefore(DomCopy.copy(doc, blocks.nodes().get(i)), before);
        }
        shown = blocks.keys();
        scroller.scrollTo(doc, scrollRatio.get());
    }

    /** The page, under a loading notice until the first rendering shows. */
    public Node node() {
        return holder;
    }

    /** Whether the first rendering is in (the loading notice is gone). */
    public boolean hasRendered() {
        return !loading.isVisible();
    }

    public WebEngine engine() {
        return engine;
    }

    public Document document() {
        return engine.getDocument();
    }

    public StringProperty markdownProperty() {
        return markdown;
    }

    public DoubleProperty scrollRatioProperty() {
        return scrollRatio;
    }

    /** Where the preview is scrolled, as a ratio (for tests and for syncing back); -1 when unknown. */
    public double currentScrollRatio() {
        return scroller.ratio(document());
    }
}
