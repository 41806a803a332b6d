package dev.blogwright.bench;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Turns a run's raw measurements into the Markdown of BENCHMARKS.md, between its results markers (the hand-written
 * analysis around them stays). Usage: {@code BenchReport WORKDIR BENCHMARKS.md}. WORKDIR holds {@code results.tsv}
 * (N, task, tool, run, wall seconds, peak RSS KB), {@code inproc-N.txt} and {@code run.txt} (key=value lines).
 */
public final class BenchReport {
    static final String START = "<!-- results:start (written by bench/run.sh; edits here are overwritten) -->";
    static final String END = "<!-- results:end -->";
    /** Task key, label, and the task whose Hugo runs it is compared with. */
    private static final List<String[]> TASKS = List.of(
            new String[] {"import", "1. Import N files into an empty library (Hugo: none)", "import"},
            new String[] {"import-launcher", "1b. The same as shipped: the `blogwright-cli` launcher", "import"},
            new String[] {"full", "2. **Full HTML export into an empty folder vs `hugo` full build**", "full"},
            new String[] {"full-launcher", "2b. **The same as shipped: the `blogwright-cli` launcher**", "full"},
            new String[] {"incremental", "3. Re-export after one post changed vs `hugo` rebuild", "incremental"},
            new String[] {"incremental-launcher", "3b. The same as shipped: the `blogwright-cli` launcher",
                    "incremental"},
            new String[] {"json", "4. JSON export (Hugo: none)", "json"});

    private BenchReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: BenchReport WORKDIR BENCHMARKS.md");
        }
        Path work = Path.of(args[0]);
        Path target = Path.of(args[1]);
        String existing = Files.isRegularFile(target) ? Files.readString(target) : "";
        Files.writeString(target, merge(existing, markdown(work)));
    }

    /** Replaces the text between the markers, or appends a marked section when there is none. */
    static String merge(String existing, String results) {
        String block = START + "\n" + results + END;
        int s = existing.indexOf(START);
        int e = existing.indexOf(END);
        if (s >= 0 && e > s) {
            return existing.substring(0, s) + block + existing.substring(e + END.length());
        }
        return existing + (existing.isEmpty() || existing.endsWith("\n") ? "" : "\n") + block + "\n";
    }

    static String markdown(Path work) throws IOException {
        Properties run = properties(work.resolve("run.txt"));
        Map<Integer, Map<String, Map<String, List<double[]>>>> data = readTsv(work.resolve("results.tsv"));
        StringBuilder md = new StringBuilder();
        md.append("### Run of ").append(run.getProperty("date", "?")).append("\n\n");
        md.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(run.getProperty("memory", "?")).append(" memory; ").append(run.getProperty("os", "?"))
                .append("\n- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(", default flags (")
                .append(ManagementFactory.getRuntimeMXBean().getInputArguments().isEmpty() ? "none" : "as launched")
                .append("); Hugo: ").append(run.getProperty("hugo", "?"))
                .append("\n- Load average (1/5/15 min) before: ").append(run.getProperty("load.before", "?"))
                .append("; after: ").append(run.getProperty("load.after", "?"))
                .append(run.getProperty("launcher") == null ? ""
                        : "\n- Rows marked \"as shipped\" (b) ran `" + run.getProperty("launcher") + "`")
                .append("\n- Command: `").append(run.getProperty("command", "bench/run.sh")).append("`, ")
                .append(run.getProperty("pairs", "?")).append(" alternating runs per task\n\n");
        for (int n : data.keySet()) {
            md.append("#### N = ").append(String.format(Locale.ROOT, "%,d", n)).append(" posts\n\n");
            md.append("| Task | Blogwright wall s, median (min–max) | Blogwright peak RSS MB | Hugo wall s, median "
                    + "(min–max) | Hugo peak RSS MB | ours/Hugo wall | ours/Hugo RSS |\n");
            md.append("|---|---|---|---|---|---|---|\n");
            Map<String, Map<String, List<double[]>>> byTask = data.get(n);
            for (String[] task : TASKS) {
                Map<String, List<double[]>> tools = byTask.get(task[0]);
                Map<String, List<double[]>> hugo = byTask.getOrDefault(task[2], Map.of());
                if (tools != null) {
                    md.append(row(task[1], tools.get("ours"), hugo.get("hugo")));
                }
            }
            Properties in = properties(work.resolve("inproc-" + n + ".txt"));
            if (!in.isEmpty()) {
                md.append('\n').append(inProcess(in, run));
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** "1820.2 ms", or "median 1820.2 ms (1700.1–1950.3 ms) of 5 starts" when several starts were timed. */
    private static String firstFrame(Properties in, String key) {
        String median = in.getProperty(key + ".first_frame.ms");
        String range = in.getProperty(key + ".first_frame.range");
        String starts = in.getProperty(key + ".first_frame.starts");
        if (range == null || starts == null || "1".equals(starts)) {
            return median + " ms";
        }
        return "median " + median + " ms (" + range + " ms) of " + starts + " starts";
    }

    private static String row(String label, List<double[]> ours, List<double[]> hugo) {
        StringBuilder r = new StringBuilder("| ").append(label).append(" | ");
        Samples ow = ours == null ? null : samples(ours, 0);
        Samples om = ours == null ? null : samples(ours, 1);
        Samples hw = hugo == null ? null : samples(hugo, 0);
        Samples hm = hugo == null ? null : samples(hugo, 1);
        r.append(ow == null ? "–" : range(ow)).append(" | ").append(om == null ? "–" : fmt(om.median(), 0))
                .append(" | ").append(hw == null ? "–" : range(hw)).append(" | ")
                .append(hm == null ? "–" : fmt(hm.median(), 0)).append(" | ")
                .append(ow == null || hw == null ? "–" : "**" + fmt(ow.median() / hw.median(), 2) + "**")
                .append(" | ").append(om == null || hm == null ? "–" : fmt(om.median() / hm.median(), 2))
                .append(" |\n");
        return r.toString();
    }

    private static String inProcess(Properties in, Properties run) {
        StringBuilder md = new StringBuilder("| In-process (over `BlogLibrary`, JVM warm) | Result |\n|---|---|\n");
        md.append("| 5. `MarkdownRenderer.render`, 1 thread | ").append(in.getProperty("render.t1.posts_per_s"))
                .append(" posts/s, ").append(in.getProperty("render.t1.mb_per_s")).append(" MB/s |\n");
        in.stringPropertyNames().stream().filter(k -> k.matches("render\\.t([2-9]|\\d\\d+)\\.posts_per_s")).sorted()
                .forEach(k -> {
                    String t = k.substring("render.t".length(), k.indexOf(".posts"));
                    md.append("| 5. `MarkdownRenderer.render`, ").append(t).append(" threads | ")
                            .append(in.getProperty(k)).append(" posts/s, ")
                            .append(in.getProperty("render.t" + t + ".mb_per_s")).append(" MB/s |\n");
                });
        md.append("| 6. Full-text search, ").append(in.getProperty("search.queries")).append(" queries | p50 ")
                .append(in.getProperty("search.p50.ms")).append(" ms, p95 ").append(in.getProperty("search.p95.ms"))
                .append(" ms, max ").append(in.getProperty("search.max.ms")).append(" ms (")
                .append(in.getProperty("search.hits")).append(" hits in all) |\n");
        md.append("| 6. First page of the list (").append(LibraryLatency.LIST_PAGE).append(" rows + count) | first call ")
                .append(in.getProperty("list.first.ms")).append(" ms; then p50 ").append(in.getProperty("list.p50.ms"))
                .append(" ms, p95 ").append(in.getProperty("list.p95.ms")).append(" ms |\n");
        if (in.getProperty("list_shipped.first.ms") != null) {
            md.append("| 6b. The same first call as shipped: a new process with the desktop launcher's flags and ")
                    .append("AppCDS archive | median ").append(in.getProperty("list_shipped.first.ms")).append(" ms (")
                    .append(in.getProperty("list_shipped.first.range")).append(" ms) of ")
                    .append(in.getProperty("list_shipped.first.runs")).append(" processes |\n");
        }
        if (in.getProperty("warm_export.p50.ms") != null) {
            md.append("| 3. Re-export after one post changed, warm (as the app's export dialog runs it), ")
                    .append(in.getProperty("warm_export.runs")).append(" runs | median ")
                    .append(in.getProperty("warm_export.p50.ms")).append(" ms (").append(in.getProperty(
                            "warm_export.min.ms")).append("–").append(in.getProperty("warm_export.max.ms"))
                    .append(" ms), ").append(in.getProperty("warm_export.posts_rendered")).append(" post rendered |\n");
        }
        md.append("| Opening the library (in-process) | ").append(in.getProperty("open.ms")).append(" ms |\n");
        if (in.getProperty("desktop.first_frame.ms") != null) {
            md.append("| 7. Desktop app: process start → first frame with the list (").append(in.getProperty(
                    "desktop.list.rows")).append(" rows), headless JavaFX | ")
                    .append(firstFrame(in, "desktop")).append(" |\n");
            md.append("| 7. Desktop app: heap in use after opening | ").append(in.getProperty("desktop.heap_used.mb"))
                    .append(" MB |\n");
            md.append("| 7. Keystroke → preview DOM, 3,000-word post, ").append(in.getProperty("desktop.keystrokes"))
                    .append(" keystrokes | p50 ").append(in.getProperty("desktop.keystroke.p50.ms")).append(" ms, p95 ")
                    .append(in.getProperty("desktop.keystroke.p95.ms")).append(" ms, max ")
                    .append(in.getProperty("desktop.keystroke.max.ms")).append(" ms |\n");
        }
        if (in.getProperty("desktop_shipped.first_frame.ms") != null) {
            md.append("| 7b. Desktop app as shipped (launcher flags `").append(run.getProperty("desktop.flags", "?"))
                    .append("` + AppCDS archive): process start → first frame | ")
                    .append(firstFrame(in, "desktop_shipped")).append(" |\n");
            md.append("| 7b. Keystroke → preview DOM as shipped | p50 ")
                    .append(in.getProperty("desktop_shipped.keystroke.p50.ms")).append(" ms, p95 ")
                    .append(in.getProperty("desktop_shipped.keystroke.p95.ms")).append(" ms, max ")
                    .append(in.getProperty("desktop_shipped.keystroke.max.ms")).append(" ms |\n");
        }
        if (in.getProperty("files.ours") != null) {
            md.append("| Output files, ours / Hugo | ").append(in.getProperty("files.ours")).append(" (")
                    .append(in.getProperty("html.ours")).append(" HTML) / ").append(in.getProperty("files.hugo"))
                    .append(" (").append(in.getProperty("html.hugo")).append(" HTML) |\n");
        }
        return md.toString();
    }

    private static Map<Integer, Map<String, Map<String, List<double[]>>>> readTsv(Path file) throws IOException {
        Map<Integer, Map<String, Map<String, List<double[]>>>> data = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return data;
        }
        for (String line : Files.readAllLines(file)) {
            String[] f = line.strip().split("\t");
            if (f.length < 6 || line.startsWith("#")) {
                continue;
            }
            data.computeIfAbsent(Integer.parseInt(f[0]), k -> new TreeMap<>())
                    .computeIfAbsent(f[1], k -> new TreeMap<>())
                    .computeIfAbsent(f[2], k -> new ArrayList<>())
                    .add(new double[] {Double.parseDouble(f[4]), Double.parseDouble(f[5]) / 1024.0});
        }
        return data;
    }

    private static Samples samples(List<double[]> rows, int column) {
        return new Samples(rows.stream().map(r -> r[column]).toList());
    }

    private static String range(Samples s) {
        return fmt(s.median(), 2) + " (" + fmt(s.min(), 2) + "–" + fmt(s.max(), 2) + ")";
    }

    private static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            p.load(new StringReader(Files.readString(file)));
        }
        return p;
    }
}
