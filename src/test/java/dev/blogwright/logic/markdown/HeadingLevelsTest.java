package dev.blogwright.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A post's headings sit under its page's h1 title, without gaps, keeping their ids; the Markdown is untouched. */
class HeadingLevelsTest {
    private static final MarkdownRenderer POST = new MarkdownRenderer();
    private static final MarkdownRenderer AS_WRITTEN = new MarkdownRenderer(false, MarkdownRenderer.HEADINGS_AS_WRITTEN);

    private static List<String> headings(MarkdownRenderer renderer, String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown)).select("h1, h2, h3, h4, h5, h6").stream()
                .map(h -> h.tagName() + "#" + h.id()).toList();
    }

    @Test
    void postStartingWithH3StartsAtH2() {
        assertThat(headings(POST, "### Setup\n\ntext\n\n### Usage\n\n#### Flags"))
                .containsExactly("h2#setup", "h2#usage", "h3#flags");
    }

    @Test
    void postStartingWithH1MovesDownUnderTheTitle() {
        assertThat(headings(POST, "# Intro\n\n## Part\n\n### Detail"))
                .containsExactly("h2#intro", "h3#part", "h4#detail");
    }

    @Test
    void skippedLevelsCloseUpUnderTheHeadingBefore() {
        assertThat(headings(POST, "# A\n\n### B\n\n## C\n\n#### D\n\n# E"))
                .containsExactly("h2#a", "h3#b", "h3#c", "h4#d", "h2#e");
    }

    @Test
    void aHigherHeadingLaterStandsBesideTheFirst() {
        assertThat(headings(POST, "### A\n\n## B\n\n### C")).containsExactly("h2#a", "h2#b", "h3#c");
    }

    @Test
    void headingsInsideQuotesAndListsCountInTheOutline() {
        assertThat(headings(POST, "## A\n\n> #### Quoted\n\n- ###### Listed"))
                .containsExactly("h2#a", "h3#quoted", "h4#listed");
    }

    @Test
    void setextHeadingsArePlacedToo() {
        assertThat(headings(POST, "Title\n=====\n\nSub\n---")).containsExactly("h2#title", "h3#sub");
    }

    @Test
    void deepOutlinesStopAtH6() {
        assertThat(headings(POST, "# 1\n\n## 2\n\n### 3\n\n#### 4\n\n##### 5\n\n###### 6"))
                .containsExactly("h2#1", "h3#2", "h4#3", "h5#4", "h6#5", "h6#6");
    }

    @Test
    void asWrittenKeepsTheAuthorsLevels() {
        assertThat(headings(AS_WRITTEN, "### A\n\n# B")).containsExactly("h3#a", "h1#b");
    }

    @Test
    void renderPostAndRenderAgree() {
        String markdown = "#### Only\n\nSome *text* here.";
        assertThat(POST.renderPost(markdown, null).html()).isEqualTo(POST.render(markdown));
        Element heading = Jsoup.parseBodyFragment(POST.render(markdown)).selectFirst("h2");
        assertThat(heading).isNotNull();
        assertThat(heading.text()).isEqualTo("Only");
    }

    @Test
    void directAndFlexmarkPathsPlaceHeadingsAlike() {
        String[] both = POST.bothWays("### One\n\n##### Two\n\ntext");
        assertThat(both[1]).isEqualTo(both[0]).contains("<h2 id=\"one\">").contains("<h3 id=\"two\">");
    }
}
