package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.util.ast.Document;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Values derived from a post's text, as index cards, feeds and search show them: word count, reading time,
 * plain text and excerpt. All of them read the Markdown through the same parser as {@link MarkdownRenderer}.
 */
public final class PostText {
    /** Words a reader gets through in a minute; 200 is the usual figure for technical prose. */
    public static final int WORDS_PER_MINUTE = 200;

    private static final Logger LOG = LoggerFactory.getLogger(PostText.class);

    private PostText() {
    }

    /**
     * Words of the visible text: markup, link targets and front matter do not count; a CJK character counts as
     * one word (those scripts do not separate words by spaces).
     */
    public static int wordCount(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return 0;
        }
        Document document = parseOrNull(markdown);
        return document == null ? WordCounter.count(markdown) : VisibleText.words(document);
    }

    /**
     * Minutes as the seed page shows them ("2 min read"): rounded up, so any text takes at least one; a post
     * without words takes none ("0 words · 1 min read" said something untrue of an empty post).
     */
    public static int readingMinutes(int words) {
        return words <= 0 ? 0 : (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
    }

    /** The label under a post title, e.g. "2 min read"; empty for no minutes (a post without words). */
    public static String readingTimeLabel(int minutes) {
        return minutes <= 0 ? "" : minutes + " min read";
    }

    /**
     * The same label with the minutes in {@code digits}' numerals, for a terminal table that shows numbers as the
     * user's locale writes them; the one wording stays here so the page, the editor and the command line agree.
     */
    public static String readingTimeLabel(int minutes, Locale digits) {
        return minutes <= 0 ? "" : String.format(digits, "%d min read", minutes);
    }

    /** The rendered text without markup, whitespace collapsed to single spaces: for search and feeds. */
    public static String plainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Document document = parseOrNull(markdown);
        return document == null ? VisibleText.collapseWhitespace(markdown) : VisibleText.of(document);
    }

    /**
     * The excerpt of a post: the manual one if it is not blank; else the text before {@code <!--more-->}; else the
     * first paragraph, cut at a word boundary to at most {@value Excerpts#MAX_LENGTH} characters, "…" included.
     */
    public static String excerpt(String manualExcerpt, String markdown) {
        if (manualExcerpt != null && !manualExcerpt.isBlank()) {
            return manualExcerpt.strip();
        }
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Document document = parseOrNull(markdown);
        if (document == null) {
            return Excerpts.cut(VisibleText.collapseWhitespace(markdown));
        }
        return Excerpts.fromDocument(document);
    }

    /** The parsed post, or null when it is nested too deeply for the recursive parser (callers use the source). */
    static Document parseOrNull(String markdown) {
        try {
            return MarkdownSyntax.parse(markdown);
        } catch (StackOverflowError e) {
            LOG.warn("Markdown nested too deeply to parse ({} characters); using its source text", markdown.length());
            return null;
        }
    }
}
