package dev.blogwright.logic.publish;

import dev.blogwright.logic.publish.PublishException.Problem;
import dev.blogwright.util.OwnThread;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A target being opened on a thread of its own: connect, log in, read the last manifest. A deploy starts it before
 * its export, so the network's round trips and the manifest's parse overlap the export instead of following it.
 */
public final class TargetOpening {
    private static final Logger LOG = LoggerFactory.getLogger(TargetOpening.class);

    /** An open target and what it held when opened; the receiver closes the site. */
    public record Opened(RemoteSite site, RemoteState state) {
    }

    private final CompletableFuture<Opened> future;

    private TargetOpening(CompletableFuture<Opened> future) {
        this.future = future;
    }

    public static TargetOpening start(RemoteSites sites, TargetUrl url, TargetAccess access) {
        CompletableFuture<Opened> future = OwnThread.supply("deploy-connect", () -> {
            long start = System.nanoTime();
            try {
                RemoteSite site = sites.open(url, access);
                try {
                    RemoteState state = RemoteState.read(site);
                    LOG.info("Opened {}://{} and read its deploy manifest in {} ms", url.scheme(), url.host(),
                            (System.nanoTime() - start) / 1_000_000);
                    return new Opened(site, state);
                } catch (IOException | RuntimeException e) {
                    closeQuietly(site);
                    throw e;
                }
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        });
        return new TargetOpening(future);
    }

    /** Waits for the target; its failure is thrown here, as a one-line {@link PublishException} where it is one. */
    public Opened await() throws IOException {
        try {
            return Futures.join(future);
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            throw new PublishException(Problem.OTHER, "Cannot open the target: " + cause, cause);
        } catch (CancellationException e) {
            throw new PublishException(Problem.CANCELLED, "Deploy cancelled", e);
        }
    }

    /** The deploy will not go ahead (its export failed or was cancelled): close the target once it is open. */
    public void abandon() {
        future.whenComplete((opened, failure) -> {
            if (opened != null) {
                closeQuietly(opened.site());
            } else if (failure != null) {
                LOG.debug("Opening the target failed too, after the export had already failed", failure);
            }
        });
    }

    private static void closeQuietly(RemoteSite site) {
        try {
            site.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot close the target cleanly", e);
        }
    }
}
