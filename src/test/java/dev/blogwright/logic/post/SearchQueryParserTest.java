package dev.blogwright.logic.post;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.model.PostStatus;
import org.junit.jupiter.api.Test;

class SearchQueryParserTest {
    @Test
    void prefixesBecomeFiltersAndTheRestIsText() {
        PostQuery q = SearchQueryParser.parse("is:draft category:\"AI & ML\" tag:llm latency budget", PostQuery.all());
        assertThat(q.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(q.category()).isEqualTo("AI & ML");
        assertThat(q.tag()).isEqualTo("llm");
        assertThat(q.text()).isEqualTo("latency budget");
    }

    @Test
    void isTrashedShowsTheTrash() {
        assertThat(SearchQueryParser.parse("is:trashed", PostQuery.all()).trashed()).isTrue();
    }

    @Test
    void unknownPrefixesAreSearchedAsText() {
        assertThat(SearchQueryParser.parse("is:weird foo:bar", PostQuery.all()).text()).isEqualTo("is:weird foo:bar");
    }

    @Test
    void ftsSyntaxInUserInputIsNeutralised() {
        assertThat(SearchQueryParser.ftsExpression("a\" OR NEAR(b")).isEqualTo("\"a\"* \"OR\"* \"NEAR(b\"*");
    }
}
