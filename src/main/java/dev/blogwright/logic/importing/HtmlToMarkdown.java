package dev.blogwright.logic.importing;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;

/** The one HTML → Markdown converter of imports (flexmark's html2md), set up the way posts are written here. */
public final class HtmlToMarkdown {
    private HtmlToMarkdown() {
    }

    /**
     * ATX headings ({@code ## Title}, what the editor's toolbar writes); a {@code <br>} is a line break within its
     * paragraph, as browsers show it, not a paragraph break.
     */
    public static FlexmarkHtmlConverter converter() {
        return FlexmarkHtmlConverter.builder(new MutableDataSet()
                .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
                .set(FlexmarkHtmlConverter.BR_AS_PARA_BREAKS, false)
                .set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false)).build();
    }
}
