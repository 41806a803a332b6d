package dev.blogwright.hardening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running a main class of the test sources, whose stdout lines are collected as they come, so a test
 * can kill it with SIGKILL ({@link Process#destroyForcibly()} on Linux) at a moment of its choosing.
 */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Thread reader;

    private ChildJvm(Process process, String readyPrefix) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                    if (line.startsWith(readyPrefix)) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                // the pipe breaks when the child is killed; the lines read so far are what counts
            }
        }, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code mainClass} with this JVM's class path; stderr goes to {@code log}. */
    static ChildJvm start(Class<?> mainClass, Path log, String readyPrefix, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Start-up dominates a run that lives a fraction of a second: no C2, a small heap.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-Xshare:auto",
                // SQLite's driver unpacks its native library for each process; one killed leaves it behind, and
                // every later start of the driver lists the folder (thousands of files in /tmp after a CI run).
                "-Dorg.sqlite.tmpdir=" + log.toAbsolutePath().getParent(),
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new ChildJvm(p, readyPrefix);
    }

    /** Waits for the ready line; false if the child died or took too long. */
    boolean awaitReady(long seconds) throws InterruptedException {
        return ready.await(seconds, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, then waits until the process and the reader are done, so every line it wrote has been read. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
