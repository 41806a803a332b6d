package dev.blogwright.gui.editor;

import dev.blogwright.gui.common.DialogService;
import dev.blogwright.logic.spelling.Misspelling;
import dev.blogwright.logic.spelling.SpellChecker;
import dev.blogwright.logic.spelling.SpellingService;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Post;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Spelling as you type: after a short pause in typing the post's prose is checked on a worker and the words the
 * dictionary does not know are underlined; a result for a text that has changed since is dropped (the marks the
 * edit did not touch stay where they were, moved along). One check runs at a time. The context menu on a marked
 * word is {@link SpellingMenu}'s.
 */
final class SpellingMarks {
    /** How long typing must pause before a check: long enough not to check mid-word, short enough to feel live. */
    static final Duration PAUSE = Duration.ofMillis(300);
    private final MarkdownArea area;
    private final EditorViewModel vm;
    private final SpellingService spelling;
    private long edits;
    private boolean running;
    private boolean again;
    /** The checker for {@link #checkerKey}, reused between checks until the post or the accepted words change. */
    private SpellChecker checker;
    private String checkerKey = "";
    private long generation;
    private String language = "";

    private SpellingMarks(MarkdownArea area, EditorViewModel vm, SpellingService spelling) {
        this.area = area;
        this.vm = vm;
        this.spelling = spelling;
    }

    /** Marks misspelled words in {@code area} as the post in {@code vm} is written, when the library checks spelling. */
    static void attach(MarkdownArea area, EditorViewModel vm, DialogService dialogs) {
        SpellingService spelling = vm.services().spelling();
        if (spelling == null) {
            return;
        }
        SpellingMarks marks = new SpellingMarks(area, vm, spelling);
        area.multiPlainChanges().subscribe(c -> marks.edits++);
        area.multiPlainChanges().successionEnds(PAUSE).subscribe(c -> marks.check());
        vm.currentProperty().addListener((obs, old, now) -> {
            if (now != null && !key(now).equals(marks.checkerKey)) {
                marks.forgetChecker();
                marks.check();
            } else if (now == null) {
                marks.forgetChecker();
                area.markMisspelled(List.of());
            }
        });
        // A word added to the dictionary (here or in another window) is right in every open post at once.
        spelling.onChange(() -> Platform.runLater(() -> {
            marks.forgetChecker();
            marks.check();
        }));
        new SpellingMenu(area, marks, dialogs).install();
    }

    private static String key(Post post) {
        return post.id() + "|" + post.language();
    }

    private void forgetChecker() {
        generation++;
        checker = null;
        checkerKey = "";
    }

    /** Checks the text as it is now, off the FX thread; while a check runs, the next one waits for it. */
    void check() {
        Post post = vm.getCurrent();
        if (post == null) {
            return;
        }
        if (running) {
            again = true;
            return;
        }
        running = true;
        again = false;
        String text = area.getText();
        long at = edits;
        long gen = generation;
        SpellChecker reuse = checker;
        String key = key(post);
        String checkedIn = language;
        vm.tasks().read(() -> {
            BlogSettings settings = vm.services().settings().load();
            String now = SpellingService.languageOf(post, settings);
            // The blog's language may have changed in its settings since: then the checker is the old language's.
            Optional<SpellChecker> c = reuse != null && now.equals(checkedIn) ? Optional.of(reuse)
                    : spelling.checkerFor(post, settings);
            return new Result(c.orElse(null), now, c.map(s -> s.check(text)).orElse(List.of()));
        }, result -> {
            running = false;
            if (gen == generation) {
                checker = result.checker();
                checkerKey = key;
                language = result.language();
            }
            Post now = vm.getCurrent();
            if (at == edits && gen == generation && now != null && key(now).equals(key)) {
                area.markMisspelled(result.found().stream()
                        .map(m -> new FindReplace.Match(m.start(), m.end())).toList());
            }
            // A stale result is dropped: the edit that made it stale has its own check coming after the pause.
            if (again) {
                check();
            }
        }, e -> {
            running = false;
            if (again) {
                check();
            }
        });
    }

    private record Result(SpellChecker checker, String language, List<Misspelling> found) {
    }

    /** The marked word at {@code position} (inside it or just after it), if any. */
    Optional<FindReplace.Match> markAt(int position) {
        List<FindReplace.Match> ranges = area.misspelled();
        int i = MisspelledRanges.firstEndingAfter(ranges, position - 1);
        if (i < ranges.size() && ranges.get(i).start() <= position && position <= ranges.get(i).end()) {
            return Optional.of(ranges.get(i));
        }
        return Optional.empty();
    }

    /** Takes the marks off every occurrence of {@code word} now, before the check that follows confirms it. */
    void unmark(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        area.markMisspelled(area.misspelled().stream()
                .filter(r -> !area.getText(r.start(), r.end()).toLowerCase(Locale.ROOT).equals(w)).toList());
    }

    /** The language the open post is checked in ("en-GB"), empty before the first check. */
    String language() {
        return language;
    }

    Post post() {
        return vm.getCurrent();
    }

    SpellingService spelling() {
        return spelling;
    }

    /** What the writer may have meant, computed off the FX thread (a checker of its own: the speller is not shared). */
    void suggest(String word, Consumer<List<String>> then) {
        Post post = vm.getCurrent();
        if (post == null) {
            return;
        }
        vm.tasks().read(() -> spelling.checkerFor(post, vm.services().settings().load())
                .map(c -> c.suggestions(word)).orElse(List.of()), then, e -> then.accept(List.of()));
    }
}
