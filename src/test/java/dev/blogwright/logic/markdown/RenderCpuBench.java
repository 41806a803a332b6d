package dev.blogwright.logic.markdown;

import dev.blogwright.bench.PostGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * CPU time per post of {@link MarkdownRenderer}, on one thread, immune to what else the machine runs:
 * {@code RenderCpuBench warm|cold renderPost|render safe|trusted [posts] [rounds]}. "warm" renders the same generated
 * posts round after round and prints each round's microseconds per post; "cold" renders posts 0..n-1 once each, as
 * a one-shot export does, and prints the mean. Compare builds by running both with the same JVM flags (for example
 * {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}, the command line's) on alternating class paths.
 */
public final class RenderCpuBench {
    private RenderCpuBench() {
    }

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "warm";
        boolean post = args.length <= 1 || args[1].equals("renderPost");
        boolean trusted = args.length > 2 && args[2].equals("trusted");
        int n = args.length > 3 ? Integer.parseInt(args[3]) : mode.equals("cold") ? 9_500 : 300;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 15;
        PostGenerator generator = new PostGenerator(PostGenerator.DEFAULT_SEED);
        List<String> bodies = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            bodies.add(generator.post(i).markdown());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        MarkdownRenderer renderer = new MarkdownRenderer(trusted);
        long check = 0;
        if (mode.equals("cold")) {
            for (String body : bodies) {
                check += run(renderer, body, post);
            }
            double us = (threads.getCurrentThreadCpuTime() - start) / 1e3 / n;
            System.out.printf(Locale.ROOT, "cold %s %s: %.1f us/post over %d posts (check %d)%n", args.length > 1
                    ? args[1] : "renderPost", trusted ? "trusted" : "safe", us, n, check);
            return;
        }
        double[] perRound = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = threads.getCurrentThreadCpuTime();
            for (String body : bodies) {
                check += run(renderer, body, post);
            }
            perRound[r] = (threads.getCurrentThreadCpuTime() - t0) / 1e3 / n;
        }
        // The first third of the rounds is warm-up.
        double[] warm = Arrays.copyOfRange(perRound, rounds / 3, rounds);
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "warm %s %s: median %.1f us/post, min %.1f (rounds %s) (check %d)%n",
                post ? "renderPost" : "render", trusted ? "trusted" : "safe", warm[warm.length / 2], warm[0],
                Arrays.toString(Arrays.stream(perRound).mapToLong(Math::round).toArray()), check);
    }

    private static long run(MarkdownRenderer renderer, String body, boolean post) {
        if (post) {
            RenderedMarkdown r = renderer.renderPost(body, null);
            return r.html().length() + r.words() + r.excerpt().length();
        }
        return renderer.render(body).length();
    }
}
