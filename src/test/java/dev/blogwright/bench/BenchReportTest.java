package dev.blogwright.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {
    @TempDir
    Path dir;

    @Test
    void mergeReplacesOnlyTheResultsSection() {
        String before = "# Benchmarks\n\nintro\n\n" + BenchReport.START + "\nold table\n" + BenchReport.END
                + "\n\n## Analysis\nkept\n";
        String merged = BenchReport.merge(before, "new table\n");
        assertThat(merged).contains("intro", "new table", "## Analysis\nkept").doesNotContain("old table");
    }

    @Test
    void mergeAppendsASectionWhenThereIsNone() {
        assertThat(BenchReport.merge("# Benchmarks", "table\n"))
                .isEqualTo("# Benchmarks\n" + BenchReport.START + "\ntable\n" + BenchReport.END + "\n");
    }

    @Test
    void tableShowsMediansRangesAndTheRatioToHugo() throws Exception {
        Files.writeString(dir.resolve("results.tsv"), """
                # N\ttask\ttool\trun\twall_s\tpeak_rss_kb
                1000\tfull\thugo\t1\t2.00\t204800
                1000\tfull\tours\t1\t1.00\t102400
                1000\tfull\thugo\t2\t4.00\t204800
                1000\tfull\tours\t2\t3.00\t102400
                1000\tfull\thugo\t3\t3.00\t204800
                1000\tfull\tours\t3\t1.50\t102400
                """);
        String md = BenchReport.markdown(dir);
        assertThat(md).contains("N = 1,000 posts")
                .contains("| 1.50 (1.00–3.00) | 100 | 3.00 (2.00–4.00) | 200 | **0.50** | 0.50 |");
    }

    @Test
    void desktopFiguresAreReportedWhenMeasured() throws Exception {
        Files.writeString(dir.resolve("results.tsv"), "# N\ttask\ttool\trun\twall_s\tpeak_rss_kb\n"
                + "1000\tfull\tours\t1\t1.00\t102400\n");
        Files.writeString(dir.resolve("inproc-1000.txt"), String.join("\n", "render.t1.posts_per_s=1",
                "render.t1.mb_per_s=1", "search.queries=100", "search.p50.ms=1", "search.p95.ms=2",
                "search.max.ms=3", "search.hits=4", "list.first.ms=1", "list.p50.ms=1", "list.p95.ms=1",
                "open.ms=5", "desktop.first_frame.ms=1234.5", "desktop.list.rows=1000", "desktop.heap_used.mb=56.6",
                "desktop.keystrokes=200", "desktop.keystroke.p50.ms=16.0", "desktop.keystroke.p95.ms=31.8",
                "desktop.keystroke.max.ms=41.4"));
        assertThat(BenchReport.markdown(dir)).contains("first frame with the list (1000 rows)", "1234.5 ms",
                "56.6 MB", "p50 16.0 ms, p95 31.8 ms");
    }

    @Test
    void shippedLauncherRowsNameWhatRan() throws Exception {
        Files.writeString(dir.resolve("results.tsv"), "# N\ttask\ttool\trun\twall_s\tpeak_rss_kb\n"
                + "1000\tfull\thugo\t1\t2.00\t204800\n1000\tfull-launcher\tours\t1\t0.90\t102400\n"
                + "1000\timport-launcher\tours\t1\t3.00\t102400\n");
        Files.writeString(dir.resolve("run.txt"), "launcher=bin/blogwright-cli (AppCDS archive)\n"
                + "desktop.flags=-XX:+UseSerialGC\n");
        Files.writeString(dir.resolve("inproc-1000.txt"), String.join("\n", "search.queries=1",
                "desktop_shipped.first_frame.ms=1500.0", "desktop_shipped.first_frame.range=1400.5–1700.0",
                "desktop_shipped.first_frame.starts=5", "desktop_shipped.keystroke.p50.ms=9.0",
                "desktop_shipped.keystroke.p95.ms=20.0", "desktop_shipped.keystroke.max.ms=30.0",
                "list_shipped.first.ms=8.5", "list_shipped.first.range=7.1–12.0", "list_shipped.first.runs=5"));
        assertThat(BenchReport.markdown(dir)).contains("ran `bin/blogwright-cli (AppCDS archive)`",
                "| 2b. **The same as shipped: the `blogwright-cli` launcher** | 0.90 (0.90–0.90) |",
                "| 1b. The same as shipped: the `blogwright-cli` launcher | 3.00",
                "launcher flags `-XX:+UseSerialGC` + AppCDS archive): process start → first frame | median 1500.0 ms "
                        + "(1400.5–1700.0 ms) of 5 starts",
                "p50 9.0 ms, p95 20.0 ms, max 30.0 ms",
                "| 6b. The same first call as shipped: a new process with the desktop launcher's flags and AppCDS "
                        + "archive | median 8.5 ms (7.1–12.0 ms) of 5 processes |");
    }

    @Test
    void samplesUseNearestRankPercentiles() {
        Samples s = new Samples(IntStream.rangeClosed(1, 100).mapToObj(i -> (double) i).toList());
        assertThat(s.percentile(95)).isEqualTo(95.0);
        assertThat(s.median()).isEqualTo(50.5);
        assertThat(s.min()).isEqualTo(1.0);
    }
}
