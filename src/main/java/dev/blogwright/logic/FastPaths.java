package dev.blogwright.logic;

import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The switches of the speed layer: code that exists only to be faster than the library it shadows, each with the
 * same output (tested with every switch off, see {@code FastPathsOffRenderingTest} and
 * {@code FastPathsOffExportTest}). {@code -Dblogwright.fast.NAME=false} turns one off and runs the library's way,
 * {@code -Dblogwright.fast.all=false} all of them; {@code bench/ablation.sh} measures what each still buys and
 * BENCHMARKS.md keeps the ledger. Read once, when the class loads.
 */
public final class FastPaths {
    /** One fast path, by the name of its system property. */
    public enum Switch {
        /** DirectHtmlRenderer, DirectHtmlRun, HtmlLines: HTML written from the tree; off: flexmark's renderer. */
        DIRECT_HTML("directHtml"),
        /** QuickAutolinkExtension; off: flexmark's AutolinkExtension. */
        QUICK_AUTOLINK("quickAutolink"),
        /** XmlOut for feeds and sitemap; off: the JDK's StAX writer. */
        XML_OUT("xmlOut"),
        /** The manifest's hand-encoded file list; off: Jackson's generator. */
        MANIFEST_JSON("manifestJson"),
        /** SortedSection keeping the manifest's order and encoded entries; off: sorted and encoded every time. */
        SORTED_SECTION("sortedSection"),
        /** Fingerprints remembered (PostMemo between exports, a card's within one); off: worked out every time. */
        MEMO("memo");

        private final String property;

        Switch(String property) {
            this.property = property;
        }

        /** The system property that turns this path off when it is {@code false}. */
        public String property() {
            return "blogwright.fast." + property;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(FastPaths.class);
    private static final Set<Switch> FROM_PROPERTIES = offIn(System.getProperties());
    private static volatile Set<Switch> off = FROM_PROPERTIES;

    static {
        if (!FROM_PROPERTIES.isEmpty()) {
            LOG.info("Fast paths off: {}", FROM_PROPERTIES);
        }
    }

    private FastPaths() {
    }

    /** Whether {@code path} runs (the default), rather than the library it shadows. */
    public static boolean on(Switch path) {
        return !off.contains(path);
    }

    /** The switches that {@code properties} turn off. */
    static Set<Switch> offIn(Properties properties) {
        Set<Switch> result = EnumSet.noneOf(Switch.class);
        boolean all = "false".equalsIgnoreCase(properties.getProperty("blogwright.fast.all"));
        for (Switch s : Switch.values()) {
            if (all || "false".equalsIgnoreCase(properties.getProperty(s.property()))) {
                result.add(s);
            }
        }
        return Set.copyOf(result);
    }

    /**
     * Runs {@code work} with {@code path} off as well, for the differential tests that compare both ways in one
     * process; the switches are process-wide, so such runs take turns.
     */
    public static synchronized <T> T withOff(Switch path, Callable<T> work) throws Exception {
        Set<Switch> before = off;
        Set<Switch> during = EnumSet.of(path);
        during.addAll(before);
        off = Set.copyOf(during);
        try {
            return work.call();
        } finally {
            off = before;
        }
    }
}
