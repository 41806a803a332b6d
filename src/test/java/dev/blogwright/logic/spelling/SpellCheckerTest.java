package dev.blogwright.logic.spelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Post;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpellCheckerTest {
    private final MemoryDictionaryRepository repo = new MemoryDictionaryRepository();
    private final SpellingService spelling = new SpellingService(Dictionaries.installed(), repo);

    private SpellChecker english() {
        return spelling.checkerFor("en", Set.of()).orElseThrow();
    }

    private static List<String> words(List<Misspelling> found) {
        return found.stream().map(Misspelling::word).toList();
    }

    @Test
    void misspelledWordIsFoundWhereItStands() {
        String md = "The quick brown fox jumpd over the lazy dog.";
        List<Misspelling> found = english().check(md);
        assertThat(words(found)).containsExactly("jumpd");
        Misspelling m = found.get(0);
        assertThat(md.substring(m.start(), m.end())).isEqualTo("jumpd");
    }

    @Test
    void suggestionsOfferTheIntendedWord() {
        assertThat(english().suggestions("recieve")).contains("receive");
    }

    @Test
    void codeUrlsHtmlLinkTargetsAndFrontMatterAreNotProse() {
        String md = """
                ---
                titel: Frontmattr wrods
                ---
                Prose with `inlne codde` and a [linkk text](https://exmaple.com/pathh) and www.exmaple.org.

                ```
                fencedd codde blok
                ```

                    indentedd codde

                <div class="wrapr">htmll blok</div>

                Mail me at someone@exmaple.com or see <https://autolnk.example>, nx.dev and src/mainn/javva.

                [reff]: https://refernce.example/pathh
                """;
        assertThat(words(english().check(md))).containsExactly("linkk");
    }

    @Test
    void offsetsPointIntoTheSourceAfterTomlFrontMatter() {
        String md = "+++\ntitle = \"x\"\n+++\nA wrd here.";
        Misspelling m = english().check(md).get(0);
        assertThat(md.substring(m.start(), m.end())).isEqualTo("wrd");
    }

    @Test
    void imageAltTextAndHeadingsAreProse() {
        assertThat(words(english().check("# A headng\n\n![A diagrm](assets/x.png)"))).containsExactly("headng", "diagrm");
    }

    @Test
    void acronymsApostrophesPossessivesAndCompoundsAreRight() {
        assertThat(english().check("The API's JWTs don’t need well-tested, multi-tenant code in OpenAPI's docs."))
                .extracting(Misspelling::word).containsExactly("OpenAPI's");
    }

    @Test
    void aCompoundIsJudgedPartByPart() {
        assertThat(words(english().check("A well-testd post-mortem."))).containsExactly("testd");
        assertThat(english().checkPlain("The Post-Mortem of an Outage")).isEmpty();
    }

    @Test
    void personalDictionaryAcceptsAWordInEveryVariantOfTheLanguage() {
        assertThat(words(english().check("Our monorepo."))).containsExactly("monorepo");
        spelling.addToDictionary("en-GB", "monorepo");
        assertThat(english().check("Our monorepo. Monorepo!")).isEmpty();
        assertThat(spelling.personalWords("en")).containsExactly("monorepo");
        spelling.removeFromDictionary("en", "monorepo");
        assertThat(english().check("Our monorepo.")).hasSize(1);
    }

    @Test
    void aWordIgnoredInOnePostIsRightThereOnly() {
        BlogSettings settings = BlogSettings.defaults();
        Post one = Post.draft("One", "A frobnicate.").id(1).build();
        Post two = Post.draft("Two", "A frobnicate.").id(2).build();
        spelling.ignoreInPost(1, "frobnicate");
        assertThat(spelling.checkerFor(one, settings).orElseThrow().check(one.body())).isEmpty();
        assertThat(spelling.checkerFor(two, settings).orElseThrow().check(two.body())).hasSize(1);
    }

    @Test
    void thePostsLanguageOverridesTheBlogsAndBritishSpellingIsBritish() {
        BlogSettings settings = BlogSettings.defaults();
        Post us = Post.draft("Colour", "We organised it.").build();
        Post gb = us.toBuilder().language("en-GB").build();
        assertThat(spelling.checkerFor(us, settings).orElseThrow().check(us.body())).hasSize(1);
        assertThat(spelling.checkerFor(gb, settings).orElseThrow().check(gb.body())).isEmpty();
    }

    @Test
    void aLanguageWithoutDictionaryIsNotChecked() {
        // No folders: only the built-in English, whatever this machine has installed.
        SpellingService englishOnly = new SpellingService(new Dictionaries(List.of()), repo);
        Post de = Post.draft("Hallo", "Ein Satz.").language("de").build();
        assertThat(englishOnly.checkerFor(de, BlogSettings.defaults())).isEmpty();
        assertThat(englishOnly.hasDictionary("en_GB")).isTrue();
        assertThat(englishOnly.hasDictionary("de")).isFalse();
    }

    @Test
    void onlyOneWordGoesIntoTheDictionary() {
        assertThatThrownBy(() -> spelling.addToDictionary("en", "two words"))
                .isInstanceOf(LibraryException.class);
    }
}
