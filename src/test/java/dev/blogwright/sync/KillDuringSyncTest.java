package dev.blogwright.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.store.TestLibraries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a JVM in the middle of syncing, ten times at random moments: the library passes integrity_check, both
 * repositories pass git fsck, the next sync completes, and every edit the killed process finished is there.
 */
class KillDuringSyncTest {
    private static final String SLUG = "monorepo-vs-polyrepo";

    @TempDir
    Path dir;

    @Test
    void killedSyncsLeaveEverythingConsistentAndTheNextSyncCompletes() throws Exception {
        SyncTestKit kit = SyncTestKit.sharingTheSample(dir);
        Random random = new Random(19);
        List<String> finished = new CopyOnWriteArrayList<>();
        for (int round = 0; round < 10; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                    // A killed child leaves SQLite's unpacked library in its folder, not in /tmp (see ChildJvm).
                    "-Dorg.sqlite.tmpdir=" + dir.toAbsolutePath(), "-cp",
                    System.getProperty("java.class.path"), SyncLoopMain.class.getName(),
                    kit.library("laptop").toString(), SLUG, String.valueOf(round))
                    .redirectError(dir.resolve("child.log").toFile()).start();
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the pipe breaks at the kill
                }
            });
            reader.start();
            long deadline = System.currentTimeMillis() + 60_000;
            // Killed once it has finished an edit, at a random moment of the sync that follows (or of the next edit).
            while (lines.stream().noneMatch(l -> l.startsWith("edited ")) && child.isAlive()
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(random.nextInt(1500));
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
            lines.stream().filter(l -> l.startsWith("edited ")).map(l -> l.substring(7)).forEach(finished::add);

            try (BlogLibrary lib = BlogLibrary.open(kit.library("laptop"), OpenMode.WRITE)) {
                assertThat(TestLibraries.queryString(lib.database(), "PRAGMA integrity_check")).isEqualTo("ok");
            }
            fsck(kit.library("laptop").resolveSibling("library.db.sync"));
            fsck(dir.resolve("remote.git"));
            kit.sync("laptop");
        }
        kit.sync("desktop");
        String laptop = kit.post("laptop", SLUG).body();
        String desktop = kit.post("desktop", SLUG).body();
        assertThat(desktop).isEqualTo(laptop);
        assertThat(finished).isNotEmpty();
        for (String edit : finished) {
            assertThat(laptop).contains(edit + "\n");
        }
        assertThat(kit.text("desktop").keySet()).isEqualTo(kit.text("laptop").keySet());
    }

    private static void fsck(Path gitDir) throws Exception {
        if (!gitDir.toFile().exists()) {
            return;
        }
        Process fsck = new ProcessBuilder("git", "--git-dir", gitDir.toString(), "fsck", "--no-dangling")
                .redirectErrorStream(true).start();
        String out = new String(fsck.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(fsck.waitFor()).as(gitDir + ": " + out).isZero();
    }
}
