package dev.blogwright.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fenced code with a known language is highlighted at render time, identically on both rendering paths. */
class CodeHighlighterTest {
    private static final MarkdownRenderer SAFE = new MarkdownRenderer(false);
    private static final MarkdownRenderer TRUSTED = new MarkdownRenderer(true);

    @Test
    void sqlKeywordsStringsNumbersAndCommentsGetClasses() {
        String html = CodeHighlighter.highlight("sql", "SELECT 'a' FROM t WHERE n = 42; -- why").orElseThrow();

        assertThat(html).contains("<span class=\"hl-k\">SELECT</span>", "<span class=\"hl-s\">'a'</span>",
                "<span class=\"hl-n\">42</span>", "<span class=\"hl-c\">-- why</span>");
    }

    @Test
    void fenceWordIsMatchedWithoutRegardToCase() {
        assertThat(CodeHighlighter.knows("SQL")).isTrue();
        assertThat(CodeHighlighter.knows("golang")).isTrue();
        assertThat(CodeHighlighter.knows("liquid")).isFalse();
        assertThat(CodeHighlighter.knows("")).isFalse();
    }

    @Test
    void unknownLanguageStaysPlain() {
        String html = SAFE.render("```liquid\n{% if x %}<b>{% endif %}\n```\n");

        assertThat(html).isEqualTo("<pre><code class=\"language-liquid\">{% if x %}&lt;b&gt;{% endif %}\n"
                + "</code></pre>\n");
    }

    @Test
    void codeWithoutLanguageStaysPlain() {
        assertThat(SAFE.render("```\nSELECT 1;\n```\n")).isEqualTo("<pre><code>SELECT 1;\n</code></pre>\n");
    }

    @Test
    void highlightedBlockKeepsItsLanguageClassAndSpans() {
        String html = SAFE.render("```go {3,5-7}\nfunc main() {}\n```\n");

        assertThat(html).startsWith("<pre><code class=\"language-go\">")
                .contains("<span class=\"hl-k\">func</span>").endsWith("</code></pre>\n");
    }

    @Test
    void markupInCodeIsEscaped() {
        String html = CodeHighlighter.highlight("js", "let s = \"<script>&\";").orElseThrow();

        assertThat(html).contains("&lt;script&gt;&amp;").doesNotContain("<script>");
    }

    @Test
    void commentOpenAtLineEndColoursTheNextLine() {
        String html = CodeHighlighter.highlight("java", "int a; /* one\ntwo */ int b;").orElseThrow();

        assertThat(html).contains("<span class=\"hl-c\">two */</span>");
    }

    @Test
    void spansNeverCrossALine() {
        String html = CodeHighlighter.highlight("java", "/* one\ntwo\nthree */").orElseThrow();

        for (String line : html.split("\n")) {
            assertThat(line).startsWith("<span").endsWith("</span>");
        }
    }

    @Test
    void highlightedTextReadsAsTheCodeInEveryLanguage() {
        String code = "x = \"a<b>\" # c & d\n\tif (y > 2) { return 'z'; } // e\n/* f\n g */ <tag attr=\"v\">\n\n";
        for (String language : List.of("sql", "go", "sh", "ruby", "proto", "yaml", "json", "java", "js", "ts",
                "python", "rust", "c", "cpp", "cs", "css", "html", "xml", "kotlin", "php", "dockerfile", "makefile")) {
            String html = CodeHighlighter.highlight(language, code).orElseThrow();
            assertThat(Escaping.unescapeHtml(html.replaceAll("<[^>]+>", ""))).as(language).isEqualTo(code);
        }
    }

    @Test
    void bothPathsWriteTheSameHighlightedCode() {
        String markdown = "# Title\n\n```sql\nSELECT *\n  FROM t; /* open\nstill */\n```\n\n- item\n\n"
                + "  ```python\n  def f(): return \"<x>\"\n  ```\n\n```unknown\nplain\n```\n";
        for (MarkdownRenderer renderer : List.of(SAFE, TRUSTED)) {
            String[] html = renderer.bothWays(markdown);
            assertThat(html[1]).isNotNull().isEqualTo(html[0]);
            assertThat(html[0]).contains("<span class=\"hl-k\">SELECT</span>", "<span class=\"hl-k\">def</span>");
        }
    }

    @Test
    void sanitizedPostWithRawHtmlKeepsTheHighlighting() {
        String html = SAFE.render("<div onclick=\"x()\">raw</div>\n\n```sql\nSELECT 1;\n```\n");

        assertThat(html).contains("<span class=\"hl-k\">SELECT</span>").doesNotContain("onclick");
    }
}
