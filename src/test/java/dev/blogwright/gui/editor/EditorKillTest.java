package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.model.Post;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill the app while a writer types, restart, and the text typed up to about a second before the kill is there:
 * the editor's autosave promise, tested through the real editor in a separate process killed with SIGKILL.
 */
class EditorKillTest {
    /** The promise is "within about a second"; the check allows two, for a loaded CI machine. */
    private static final long GRACE_MILLIS = 2000;

    @TempDir
    Path dir;

    @Test
    @Timeout(180)
    void textTypedBeforeAKillIsThereAfterRestart() throws Exception {
        Path library = dir.resolve("library.db");
        long id;
        try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.CREATE)) {
            id = lib.posts().create(Post.draft("Typed", "Start.").build()).id();
        }
        Random random = new Random(7);
        for (int round = 0; round < 3; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), TypingChildMain.class.getName(),
                    library.toString(), Long.toString(id), "r" + round).redirectErrorStream(false).start();
            AtomicInteger lastTyped = new AtomicInteger(-1);
            AtomicLong lastTypedAt = new AtomicLong();
            Map<Integer, Long> typedAt = new ConcurrentHashMap<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        if (line.startsWith("TYPED ")) {
                            int n = Integer.parseInt(line.substring(6).trim());
                            typedAt.put(n, System.nanoTime());
                            lastTyped.set(n);
                            lastTypedAt.set(System.nanoTime());
                        }
                    }
                } catch (IOException ignored) {
                    // the child died: what it printed is all there is
                }
            });
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (lastTyped.get() < 40 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(lastTyped.get()).as("child typed").isGreaterThanOrEqualTo(40);
            Thread.sleep(500 + random.nextInt(1500));
            long killedAt = System.nanoTime();
            child.destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);
            reader.join(5000);
            int mustHave = typedAt.entrySet().stream()
                    .filter(e -> killedAt - e.getValue() > TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS))
                    .mapToInt(Map.Entry::getKey).max().orElse(-1);
            try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.WRITE)) {
                String body = lib.posts().find(id).orElseThrow().body();
                assertThat(mustHave).as("words typed over two seconds before the kill").isPositive();
                assertThat(body).as("round " + round).contains(" r" + round + "w" + mustHave + " ");
            }
        }
    }
}
