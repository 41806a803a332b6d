package dev.blogwright.bench;

import dev.blogwright.logic.spelling.Dictionaries;
import dev.blogwright.logic.spelling.MemoryDictionaryRepository;
import dev.blogwright.logic.spelling.Misspelling;
import dev.blogwright.logic.spelling.SpellChecker;
import dev.blogwright.logic.spelling.SpellingService;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * What spelling costs (BENCHMARKS.md, "Spelling"): reading a dictionary in a new JVM and the heap it keeps, and
 * checking a 3,000-word post of the benchmark's generated prose, cold and warm. Run in a new JVM:
 * {@code java -cp target/test-classes:target/classes:<deps> dev.blogwright.bench.SpellingBench}.
 */
public final class SpellingBench {
    private SpellingBench() {
    }

    public static void main(String[] args) {
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Dictionaries.installed().forLanguage("en-GB").orElseThrow();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        double loadCpuMs = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e6;
        long heapAfter = usedHeap();
        String post = threeThousandWords();
        SpellingService spelling = new SpellingService(Dictionaries.installed(), new MemoryDictionaryRepository());
        long t1 = System.nanoTime();
        SpellChecker checker = spelling.checkerFor("en-GB", Set.of()).orElseThrow();
        List<Misspelling> found = checker.check(post);
        double firstMs = (System.nanoTime() - t1) / 1e6;
        List<Double> warm = new ArrayList<>();
        List<Double> warmCpu = new ArrayList<>();
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 40; i++) {
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            spelling.checkerFor("en-GB", Set.of()).orElseThrow().check(post);
            warmCpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
            warm.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(warm);
        Collections.sort(warmCpu);
        long t2 = System.nanoTime();
        int suggested = 0;
        for (Misspelling m : found.subList(0, Math.min(20, found.size()))) {
            suggested += checker.suggestions(m.word()).size() > 0 ? 1 : 0;
        }
        double suggestMs = (System.nanoTime() - t2) / 1e6 / Math.max(1, Math.min(20, found.size()));
        System.out.printf("dictionary en-GB read: %.1f ms (%.1f ms CPU), heap kept: %.1f MB%n", loadMs, loadCpuMs,
                (heapAfter - heapBefore) / 1e6);
        System.out.printf("3,000-word post (%d words, %d misspelled): first check %.1f ms, warm median %.1f ms, p95 %.1f ms%n",
                post.split("\\s+").length, found.size(), firstMs, warm.get(warm.size() / 2),
                warm.get((int) Math.ceil(warm.size() * 0.95) - 1));
        System.out.printf("warm check CPU time: median %.1f ms, p95 %.1f ms%n", warmCpu.get(warmCpu.size() / 2),
                warmCpu.get((int) Math.ceil(warmCpu.size() * 0.95) - 1));
        System.out.printf("suggestions: %.1f ms per word (%d of the first misspelled words had some)%n", suggestMs, suggested);
    }

    private static String threeThousandWords() {
        PostGenerator generator = new PostGenerator(PostGenerator.DEFAULT_SEED);
        StringBuilder body = new StringBuilder();
        for (int i = 0; body.toString().split("\\s+").length < 3000; i++) {
            body.append(generator.post(i).markdown()).append("\n\n");
        }
        return body.toString();
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
