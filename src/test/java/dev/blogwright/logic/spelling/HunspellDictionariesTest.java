package dev.blogwright.logic.spelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Post;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Languages installed as Hunspell pairs: in the writer's folder (made here) and from the system's packages. */
class HunspellDictionariesTest {
    private static final Path SYSTEM = Path.of("/usr/share/hunspell");
    @TempDir
    Path folder;
    private final MemoryDictionaryRepository repo = new MemoryDictionaryRepository();

    /** A tiny German-like pair: three stems, one plural rule. */
    private void writePair(Path dir, String stem, String... words) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(stem + ".aff"), "SET UTF-8\nTRY esianrtolcdugmphbyfvkwzßöäüESIANRTOLCDUGMPHBYFVKWZ\n"
                + "SFX S Y 1\nSFX S 0 n .\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(stem + ".dic"), words.length + "\n" + String.join("\n", words) + "\n",
                StandardCharsets.UTF_8);
    }

    private SpellingService spellingIn(Path... folders) {
        return new SpellingService(new Dictionaries(List.of(folders)), repo);
    }

    @Test
    void aPairDroppedInTheWritersFolderIsALanguage() throws IOException {
        writePair(folder, "de_DE", "Katze/S", "Straße", "schön", "ein", "eine");
        SpellingService spelling = spellingIn(folder);
        assertThat(spelling.hasDictionary("de")).isTrue();
        assertThat(spelling.languages()).contains(new InstalledLanguage("de-de", folder.resolve("de_DE.dic").toString()));
        SpellChecker german = spelling.checkerFor("de", Set.of()).orElseThrow();
        assertThat(german.check("Eine schöne Katze, zwei Katzen, eine Strase.").stream().map(Misspelling::word))
                .containsExactly("schöne", "zwei", "Strase");
        assertThat(german.suggestions("Strase")).contains("Straße");
    }

    @Test
    void aPairDroppedWhileTheAppRunsIsFoundWithoutARestart() throws IOException {
        SpellingService spelling = spellingIn(folder);
        assertThat(spelling.hasDictionary("nl")).isFalse();
        writePair(folder, "nl", "kat/S");
        assertThat(spelling.hasDictionary("nl-BE")).isTrue();
        assertThat(spelling.checkerFor("nl-BE", Set.of()).orElseThrow().check("katze katn")).hasSize(1);
    }

    @Test
    void aPostInAnotherLanguageIsCheckedInItWithItsOwnPersonalWords() throws IOException {
        writePair(folder, "de_DE", "Katze/S", "ein", "eine");
        SpellingService spelling = spellingIn(folder);
        BlogSettings english = BlogSettings.defaults();
        Post post = Post.draft("Katze", "Eine Katze namens Mieze.").language("de-AT").build();
        assertThat(spelling.checkerFor(post, english).orElseThrow().check(post.body()).stream().map(Misspelling::word))
                .containsExactly("namens", "Mieze");
        spelling.addToDictionary("de-AT", "Mieze");
        spelling.addToDictionary("de", "namens");
        assertThat(spelling.checkerFor(post, english).orElseThrow().check(post.body())).isEmpty();
        // English stays English, whatever else is installed.
        assertThat(spelling.checkerFor(Post.draft("Cat", "A cat namd Mieze.").build(), english).orElseThrow()
                .check("A cat namd Mieze.").stream().map(Misspelling::word)).containsExactly("namd", "Mieze");
    }

    @Test
    void theWritersFolderWinsOverTheSystemsAndEnglishStaysBuiltIn() throws IOException {
        Path system = folder.resolve("system");
        Path own = folder.resolve("own");
        writePair(system, "fr", "chat");
        writePair(own, "fr", "chien");
        writePair(own, "en_US", "only");
        Dictionaries dictionaries = new Dictionaries(List.of(own, system));
        SpellChecker french = new SpellingService(dictionaries, repo).checkerFor("fr", Set.of()).orElseThrow();
        assertThat(french.check("chien chat").stream().map(Misspelling::word)).containsExactly("chat");
        assertThat(dictionaries.forLanguage("en-US").orElseThrow().source()).isEqualTo("built in");
        assertThat(dictionaries.languages()).filteredOn(l -> l.tag().equals("en-us")).hasSize(1);
    }

    @Test
    void aBrokenPairIsNoDictionaryAndNoCrash() throws IOException {
        Files.writeString(folder.resolve("xx.aff"), "SFX S Y 2\nSFX S 0 n .\n");
        Files.writeString(folder.resolve("xx.dic"), "not a count\n");
        assertThat(new Dictionaries(List.of(folder)).forLanguage("xx")).isEmpty();
    }

    @Test
    void filesThatAreNotALanguageAreNotListed() throws IOException {
        writePair(folder, "hyph_de_DE", "x");
        assertThat(new Dictionaries(List.of(folder)).languages()).allMatch(l -> l.source().equals("built in"));
    }

    @Test
    void debiansGermanDictionaryFindsAGermanTypo() {
        assumeTrue(Files.isRegularFile(SYSTEM.resolve("de_DE.dic")), "apt install hunspell-de-de to run this");
        SpellChecker german = spellingIn(SYSTEM).checkerFor("de", Set.of()).orElseThrow();
        List<Misspelling> found = german.check("Die Straße ist schön, aber der Fehlr ist überall zu sehen.");
        assertThat(found).extracting(Misspelling::word).containsExactly("Fehlr");
        // Lucene returns what it found within its time limit: on a busy machine that may be the first few only.
        assertThat(german.suggestions("Fehlr")).isNotEmpty().allMatch(s -> s.startsWith("Fehl"));
    }

    @Test
    void debiansFrenchDictionaryKnowsElisions() {
        assumeTrue(Files.isRegularFile(SYSTEM.resolve("fr.dic")), "apt install hunspell-fr to run this");
        SpellChecker french = spellingIn(SYSTEM).checkerFor("fr-CA", Set.of()).orElseThrow();
        assertThat(french.check("L'été est très chaud et l'hivre est froid.")).extracting(Misspelling::word)
                .containsExactly("l'hivre");
    }
}
