package dev.blogwright.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogwright.cli.CliLogging;
import dev.blogwright.logic.export.output.JsonWriter;
import dev.blogwright.logic.markdown.MarkdownRenderer;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.slf4j.LoggerFactory;

/**
 * What each piece a one-shot command may start costs the first time, in CPU time of the main thread of a new JVM
 * (immune to other processes' load, unlike wall time): the logging, the export's JSON writer, a Jackson mapper,
 * the Markdown renderer, jsoup, the SQLite driver with its native library, a Pebble engine. Run it with the command line's flags in several new
 * processes; each line is {@code piece cpu_ms}. The pieces share JDK classes, so the order is that of an export.
 */
public final class StartupCosts {
    private StartupCosts() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("BLOGWRIGHT_LOG_DIR", Files.createTempDirectory("blogwright-startup").toString());
        // A command that logs nothing at INFO (a successful export) pays the first step only; the log file's
        // appender is built at the first event that reaches it, the second step.
        step("logging", () -> {
            CliLogging.select();
            LoggerFactory.getLogger(StartupCosts.class).debug("started");
        });
        step("log-file", () -> LoggerFactory.getLogger(StartupCosts.class).info("started"));
        step("sqlite", () -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                c.createStatement().execute("select 1");
            }
        });
        // What the export's JSON files cost now (jackson-core's generator), before what the mapper would add.
        step("json", () -> JsonWriter.compact(Map.of("a", 1)));
        step("jackson", () -> new ObjectMapper().writeValueAsString(Map.of("a", 1)));
        step("pebble", () -> new PebbleEngine.Builder().loader(new StringLoader()).build()
                .getTemplate("{{ a }}").evaluate(new StringWriter(), Map.of("a", "x")));
        step("markdown", () -> new MarkdownRenderer(false).render("# Hi\n\n*x*"));
        step("jsoup", () -> Jsoup.clean("<b>x</b><script>y</script>", Safelist.relaxed()));
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void step(String name, Step step) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        step.run();
        System.out.printf(Locale.ROOT, "%s %.1f%n", name, (threads.getCurrentThreadCpuTime() - start) / 1e6);
    }
}
