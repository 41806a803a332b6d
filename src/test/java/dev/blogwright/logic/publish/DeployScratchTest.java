package dev.blogwright.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployScratchTest {
    @TempDir
    Path folder;

    @Test
    void aNewScratchFileRemovesOnlyThoseLeftOverADayAgo() throws Exception {
        Path old = Files.writeString(folder.resolve("blogwright-deploy-123.json"), "{}");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path running = Files.writeString(folder.resolve("blogwright-deploy-456.json"), "{}");
        Path notOurs = Files.writeString(folder.resolve("blogwright-export-789.json"), "{}");
        Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        Path scratch = DeployScratch.create(folder);

        assertThat(old).doesNotExist();
        assertThat(running).exists();
        assertThat(notOurs).exists();
        assertThat(scratch).exists().hasParent(folder);
        assertThat(scratch.getFileName().toString()).startsWith(DeployScratch.PREFIX).endsWith(DeployScratch.SUFFIX);
    }

    @Test
    void sweepingAFolderThatIsNotThereIsNoError() throws Exception {
        // The sweep is best effort: a missing folder makes it do nothing, and only creating the file can fail.
        DeployScratch.sweep(folder.resolve("missing"), Instant.now());
        assertThat(DeployScratch.create(folder)).exists();
    }
}
