package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ParserEmulationProfile;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.blogwright.logic.FastPaths;
import dev.blogwright.logic.FastPaths.Switch;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The Markdown dialect of the product, defined once so the renderer and the text statistics parse a post the same
 * way. flexmark's {@link Parser} is immutable after building and safe to share between threads.
 */
final class MarkdownSyntax {
    /** Options shared by the parser and both renderers: CommonMark core plus the extensions authors expect. */
    static final DataHolder OPTIONS = buildOptions(true);

    /**
     * The parsers by the fast path they use (index 1: quick autolinks), each built on first use: the one with it
     * unless its switch of {@link FastPaths} is off.
     */
    private static final AtomicReferenceArray<Parser> PARSERS = new AtomicReferenceArray<>(2);

    /**
     * Touches every syntax feature once, so that no class is first loaded and initialised deep inside the
     * recursion of a pathological document, where a stack overflow would leave that class unusable.
     */
    static final String WARM_UP = """
            # Title

            Text *em* **strong** ~~del~~ `code` [link](https://example.com) ![img](a.png) www.example.com[^1]

            > quote

            - [x] task
            1. item

            | a | b |
            |---|---|
            | 1 | 2 |

            ```java
            code
            ```

            <div>raw <b>html</b></div>

            [^1]: Note.
            """;

    private MarkdownSyntax() {
    }

    /** Parses a post body; a leading YAML or TOML front matter block is not part of the document. */
    static Document parse(String markdown) {
        return parser().parse(ParserInput.prepare(markdown == null ? "" : markdown));
    }

    private static Parser parser() {
        int kind = FastPaths.on(Switch.QUICK_AUTOLINK) ? 1 : 0;
        Parser parser = PARSERS.get(kind);
        if (parser == null) {
            // Two threads may build one each; both are the same parser, and one is kept.
            parser = buildParser(kind == 1);
            parser.parse(WARM_UP);
            PARSERS.compareAndSet(kind, null, parser);
            parser = PARSERS.get(kind);
        }
        return parser;
    }

    private static Parser buildParser(boolean quickAutolink) {
        return Parser.builder(quickAutolink ? OPTIONS : buildOptions(false)).build();
    }

    /** The product's options, with the fast autolinks or flexmark's own ones they stand in for. */
    private static DataHolder buildOptions(boolean quickAutolink) {
        MutableDataSet options = new MutableDataSet();
        // The COMMONMARK profile plus percent-encoded URLs is what conforms best to the CommonMark spec.
        options.setFrom(ParserEmulationProfile.COMMONMARK);
        options.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), GithubTablesExtension.create(),
                StrikethroughExtension.create(), TaskListExtension.create(),
                quickAutolink ? QuickAutolinkExtension.create() : AutolinkExtension.create(),
                GithubAutolinkExtension.create(), FootnoteExtension.create(), YamlFrontMatterExtension.create()));
        // Tables as GitHub makes them: every row takes the header's column count, a delimiter row with another
        // count makes no table, no column spans (|| is an empty cell) and no [caption] line, which GitHub shows.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        // flexmark's default checkbox carries readonly, which HTML5 forbids on checkboxes (the Nu checker says so);
        // the space after it is GitHub's, which keeps the box off the item's first word.
        options.set(TaskListExtension.ITEM_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked=\"checked\" disabled=\"disabled\" /> ");
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" /> ");
        return options.toImmutable();
    }
}
