package dev.blogwright.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a child JVM in the middle of exports, some swapping a whole bundle in and some patching a few files:
 * the bundle in the output folder is always a complete one (every file of its manifest present with its hash) —
 * at once, or, when the kill landed in a committed patch, once that patch is rolled forward — and the next export
 * succeeds and leaves no staging folders behind.
 */
class KillDuringExportTest {
    private static final int KILLS = Integer.getInteger("blogwright.exportKills", 6);
    private static final int POSTS = 150;

    @TempDir
    Path dir;

    @Test
    void aKilledExportLeavesThePreviousBundleCompleteAndTheNextOneSucceeds() throws Exception {
        Path library = dir.resolve("library.db");
        Path out = dir.resolve("site");
        Path log = dir.resolve("child-stderr.log");
        try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.CREATE)) {
            GeneratedLibraries.fill(lib, dir, POSTS, 11);
            new ExportService().export(lib.siteContent(false), out, ExportOptions.of(ExportFormat.ALL).withZip(null),
                    (d, t) -> { });
        }
        int files = BundleChecks.assertComplete(out);
        Random random = new Random(42);
        int killedMidExport = 0;
        int killedInPatch = 0;
        int exportsFinishedByChildren = 0;
        for (int round = 1; round <= KILLS; round++) {
            try (ChildJvm child = ChildJvm.start(CrashExporterMain.class, log, "READY", library.toString(),
                    out.toString(), "round " + round)) {
                if (!child.awaitReady(60)) {
                    fail("export child did not start: " + Files.readString(log));
                }
                Thread.sleep(150 + random.nextInt(1200));
                assertThat(child.isAlive()).as("child still exporting when killed").isTrue();
                child.kill();
                exportsFinishedByChildren += (int) child.lines().stream().filter(l -> l.startsWith("EXPORTED ")).count();
            }
            if (!BundleChecks.siblings(out, ".tmp-").isEmpty()) {
                killedMidExport++;
            }
            if (!BundleChecks.siblings(out, ".patch-").isEmpty()) {
                // Killed while a committed patch was being applied: finished before anything else looks.
                killedInPatch++;
                ExportService.recover(out);
                assertThat(BundleChecks.siblings(out, ".patch-")).isEmpty();
            }
            if (Files.exists(out)) {
                BundleChecks.assertComplete(out);
            } else {
                // Killed between the two renames of the swap: the previous bundle waits, whole, beside it and the
                // next export puts it back.
                List<Path> old = BundleChecks.siblings(out, ".old-");
                assertThat(old).as("a renamed-away bundle after kill %d", round).isNotEmpty();
                BundleChecks.assertComplete(old.stream().max(Comparator.comparing(p -> p.toFile().lastModified()))
                        .orElseThrow());
            }
        }
        try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.READ_ONLY)) {
            new ExportService().export(lib.siteContent(false), out, ExportOptions.of(ExportFormat.ALL).withZip(null),
                    (d, t) -> { });
        }
        assertThat(BundleChecks.assertComplete(out)).isEqualTo(files);
        assertThat(BundleChecks.siblings(out, ".tmp-")).isEmpty();
        assertThat(BundleChecks.siblings(out, ".old-")).isEmpty();
        assertThat(BundleChecks.siblings(out, ".retired-")).isEmpty();
        assertThat(killedMidExport).as("kills that landed while a staging folder was being written").isPositive();
        Figures.record("kill-during-export.kills", KILLS);
        Figures.record("kill-during-export.killedWhileStaging", killedMidExport);
        Figures.record("kill-during-export.exportsCompletedByChildren", exportsFinishedByChildren);
        Figures.record("kill-during-export.killedInPatch", killedInPatch);
        Figures.record("kill-during-export.filesPerBundle", files);
    }
}
