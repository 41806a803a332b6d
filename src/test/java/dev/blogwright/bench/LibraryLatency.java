package dev.blogwright.bench;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.PostSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * In-process latencies over an open {@link BlogLibrary}, as the desktop app would call it: full-text searches
 * typed into the search field, and the first page of the post list.
 */
final class LibraryLatency {
    /** What the post list shows first: one screenful and more, in the library's own order. */
    static final int LIST_PAGE = 100;

    private LibraryLatency() {
    }

    /** Milliseconds per call, plus the total hits so a broken search (always empty) shows in the report. */
    record Result(Samples millis, long hits, Double firstMillis) {
    }

    /** The search queries a reader of the generated blog might type: words, pairs of words, tag filters. */
    static List<String> queries(int count, long seed) {
        Random rnd = new Random(seed);
        List<String> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int kind = rnd.nextInt(20);
            if (kind < 12) {
                queries.add(Words.longWord(rnd));
            } else if (kind < 17) {
                queries.add(Words.longWord(rnd) + " " + Words.longWord(rnd));
            } else {
                queries.add(Words.longWord(rnd) + " tag:" + Words.TAGS.get(rnd.nextInt(Words.TAGS.size())));
            }
        }
        return queries;
    }

    /** Runs each query once after {@code warmUp} unmeasured ones (so the JIT and SQLite's page cache are warm). */
    static Result search(BlogLibrary library, List<String> queries, int warmUp) {
        for (int i = 0; i < warmUp; i++) {
            library.posts().search(queries.get(i % queries.size()));
        }
        List<Double> millis = new ArrayList<>(queries.size());
        long hits = 0;
        for (String q : queries) {
            long start = System.nanoTime();
            List<PostSummary> found = library.posts().search(q);
            millis.add((System.nanoTime() - start) / 1e6);
            hits += found.size();
        }
        return new Result(new Samples(millis), hits, null);
    }

    /**
     * The first page of the list with its total count, as the list view needs both. The first call on the freshly
     * opened library is reported apart: it is what a user waits for when the window opens.
     */
    static Result firstPage(BlogLibrary library, int repeats) {
        PostQuery query = PostQuery.all().page(LIST_PAGE, 0);
        double first = 0;
        List<Double> millis = new ArrayList<>(repeats);
        long hits = 0;
        for (int i = 0; i <= repeats; i++) {
            long start = System.nanoTime();
            List<PostSummary> page = library.posts().list(query);
            int total = library.posts().count(PostQuery.all());
            double ms = (System.nanoTime() - start) / 1e6;
            if (i == 0) {
                first = ms;
                hits = Math.min(page.size(), total);
            } else {
                millis.add(ms);
            }
        }
        return new Result(new Samples(millis), hits, first);
    }
}
