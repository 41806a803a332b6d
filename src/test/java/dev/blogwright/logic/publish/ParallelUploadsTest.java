package dev.blogwright.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Batches sent by several senders at once: every file once, a failure stops the rest, batches keep their order. */
class ParallelUploadsTest {
    private static List<Upload> files(int n) {
        List<Upload> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(new Upload("posts/p" + i + "/index.html", Path.of("p" + i), UploadHints.BINARY));
        }
        return files;
    }

    private static final class Recorder implements UploadListener {
        final Set<String> uploaded = ConcurrentHashMap.newKeySet();
        final AtomicInteger started = new AtomicInteger();

        @Override
        public void starting(Upload file) {
            started.incrementAndGet();
        }

        @Override
        public void uploaded(Upload file) {
            uploaded.add(file.path());
        }
    }

    @Test
    void everyFileIsSentOnceAndTheSendersOverlap() throws Exception {
        Set<String> sent = ConcurrentHashMap.newKeySet();
        List<String> twice = Collections.synchronizedList(new ArrayList<>());
        // Each of the four senders waits at its first file until all four are inside one: only overlap gets past.
        CountDownLatch allInside = new CountDownLatch(4);
        List<ParallelUploads.Sender> senders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            senders.add(file -> {
                allInside.countDown();
                try {
                    if (!allInside.await(10, TimeUnit.SECONDS)) {
                        throw new IOException("the senders did not run at once");
                    }
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                if (!sent.add(file.path())) {
                    twice.add(file.path());
                }
            });
        }
        Recorder recorder = new Recorder();
        ParallelUploads.run(files(40), senders, recorder);
        assertThat(sent).hasSize(40);
        assertThat(twice).isEmpty();
        assertThat(recorder.uploaded).isEqualTo(sent);
    }

    @Test
    void theFirstFailureStopsNewFilesAndIsThrown() {
        AtomicInteger sends = new AtomicInteger();
        ParallelUploads.Sender failing = file -> {
            if (sends.incrementAndGet() == 3) {
                throw new PublishException(PublishException.Problem.QUOTA, "disk full: " + file.path(), null);
            }
            try {
                Thread.sleep(10); // a file takes a moment to send, as over a network
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Recorder recorder = new Recorder();
        assertThatThrownBy(() -> ParallelUploads.run(files(200), List.of(failing, failing), recorder))
                .isInstanceOf(PublishException.class).hasMessageStartingWith("disk full");
        // The other sender stops once the failure is recorded: it may finish what it had started, and on a loaded
        // machine (the failing thread descheduled before it records the failure) a few more, never the batch.
        assertThat(recorder.started.get()).isLessThanOrEqualTo(20);
        assertThat(recorder.uploaded).hasSizeLessThan(20);
    }

    @Test
    void aListenerThatRefusesStopsTheBatchBeforeTheFile() {
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        UploadListener cancelAtFive = new UploadListener() {
            private final AtomicInteger n = new AtomicInteger();

            @Override
            public void starting(Upload file) throws IOException {
                if (n.incrementAndGet() > 5) {
                    throw new PublishException(PublishException.Problem.CANCELLED, "cancelled", null);
                }
            }

            @Override
            public void uploaded(Upload file) {
            }
        };
        ParallelUploads.Sender send = file -> sent.add(file.path());
        assertThatThrownBy(() -> ParallelUploads.run(files(50), List.of(send, send, send), cancelAtFive))
                .hasMessage("cancelled");
        assertThat(sent).hasSize(5);
    }

    @Test
    void batchesCutWhereTheUploadOrderChangesKind() {
        List<String> uploads = List.of("assets/new.png", "assets/style.css", "posts/new/index.html",
                "posts/old/index.html", "tags/a/index.html", "feed.xml", "index.html");
        List<String> sorted = new ArrayList<>(uploads);
        Set<String> fresh = Set.of("assets/new.png", "posts/new/index.html");
        sorted.sort(UploadOrder.comparator(fresh::contains));
        DeployPlan plan = new DeployPlan(sorted, List.of(), 0, false, 0, 0, fresh);
        assertThat(plan.batches()).containsExactly(List.of("assets/new.png"), List.of("assets/style.css"),
                List.of("posts/new/index.html"), List.of("posts/old/index.html"), List.of("tags/a/index.html"),
                List.of("feed.xml"), List.of("index.html"));
    }
}
