package dev.blogwright.bench;

import dev.blogwright.logic.spelling.Dictionaries;
import dev.blogwright.logic.spelling.MemoryDictionaryRepository;
import dev.blogwright.logic.spelling.Misspelling;
import dev.blogwright.logic.spelling.SpellingService;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * What a second spelling language costs (BENCHMARKS.md, "Spelling"): after the built-in English is read and has
 * checked a post, the heap and time a system Hunspell dictionary adds, its first and warm checks of a 3,000-word
 * post in that language, and its suggestions. Needs {@code apt install hunspell-de-de hunspell-fr}. Run in a new JVM:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.blogwright.bench.SecondLanguageBench de fr}
 * after {@code mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class SecondLanguageBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String GERMAN = "Die Straße war nass, und die Kinder liefen schnell nach Hause. Am Abend "
            + "schrieb sie einen langen Brief an ihre Großmutter, die seit Jahren auf dem Land wohnt. Der Zug hatte "
            + "Verspätung, weil ein Baum auf die Gleise gefallen war. Wir haben über die Zukunft der Arbeit gesprochen "
            + "und darüber, wie man gute Software baut. ";
    private static final String FRENCH = "La rue était mouillée et les enfants couraient vite à la maison. Le soir, "
            + "elle écrivit une longue lettre à sa grand-mère, qui habite à la campagne depuis des années. Le train "
            + "avait du retard parce qu'un arbre était tombé sur la voie. Nous avons parlé de l'avenir du travail et "
            + "de la manière de construire de bons logiciels. ";

    private SecondLanguageBench() {
    }

    public static void main(String[] args) {
        SpellingService spelling = new SpellingService(Dictionaries.installed(), new MemoryDictionaryRepository());
        String english = "The street was wet, and the children ran home quickly. In the evening she wrote a long "
                + "letter to her grandmother. ";
        spelling.checkerFor("en-GB", Set.of()).orElseThrow().check(english.repeat(150));
        System.out.printf("built-in English read and used: heap %.1f MB%n", usedHeap() / 1e6);
        for (String language : args.length == 0 ? new String[] {"de", "fr"} : args) {
            String prose = (language.startsWith("de") ? GERMAN : FRENCH).repeat(3000 / 50 + 1);
            if (!spelling.hasDictionary(language)) {
                System.out.println("no dictionary for " + language);
                continue;
            }
            long heapBefore = usedHeap();
            long t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            List<Misspelling> found = spelling.checkerFor(language, Set.of()).orElseThrow().check(prose);
            double firstMs = (System.nanoTime() - t0) / 1e6;
            double firstCpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            long heapAfter = usedHeap();
            List<Double> warm = new ArrayList<>();
            List<Double> warmCpu = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long t = System.nanoTime();
                long c = THREADS.getCurrentThreadCpuTime();
                spelling.checkerFor(language, Set.of()).orElseThrow().check(prose);
                warm.add((System.nanoTime() - t) / 1e6);
                warmCpu.add((THREADS.getCurrentThreadCpuTime() - c) / 1e6);
            }
            Collections.sort(warm);
            Collections.sort(warmCpu);
            var checker = spelling.checkerFor(language, Set.of()).orElseThrow();
            String[] typos = language.startsWith("de") ? new String[] {"Fehlr", "Strase", "Kindr", "Abnd", "Brif"}
                    : new String[] {"hivre", "maisn", "lettre", "enfnts", "travial"};
            List<Double> suggest = new ArrayList<>();
            for (String typo : typos) {
                long t = System.nanoTime();
                checker.suggestions(typo);
                suggest.add((System.nanoTime() - t) / 1e6);
            }
            Collections.sort(suggest);
            System.out.printf("%s (%s): first check of %d words %.0f ms wall, %.0f ms CPU (dictionary read included); "
                    + "heap kept %.1f MB; %d flagged%n", language, Dictionaries.installed().forLanguage(language)
                    .orElseThrow().source(), prose.split("\\s+").length, firstMs, firstCpu,
                    (heapAfter - heapBefore) / 1e6, found.size());
            System.out.printf("%s: warm check median %.1f ms wall (%.1f ms CPU), p95 %.1f ms wall; suggestions "
                    + "median %.0f ms, max %.0f ms%n", language, warm.get(warm.size() / 2),
                    warmCpu.get(warmCpu.size() / 2), warm.get((int) Math.ceil(warm.size() * 0.95) - 1),
                    suggest.get(suggest.size() / 2), suggest.get(suggest.size() - 1));
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
