package dev.blogwright.logic.publish;

import dev.blogwright.logic.publish.PublishException.Problem;
import dev.blogwright.util.OwnThread;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an exported bundle to a target: plans against the target's last manifest (or its listing, when that
 * manifest is missing, damaged, left by a cut-off deploy, or when asked to verify), guards against deleting too
 * much, uploads in {@link UploadOrder}, deletes, writes the manifest last and lets the target finish (a Git commit).
 * A deploy stopped anywhere, by Cancel, an error or kill -9, leaves a site whose links from the index resolve, and
 * the next deploy completes it.
 */
public final class Deployer {
    private static final Logger LOG = LoggerFactory.getLogger(Deployer.class);
    private static final byte[] PENDING_NOTE = "A Blogwright deploy is under way or was cut off; the next one checks "
            .concat("every file.\n").getBytes(StandardCharsets.UTF_8);

    private final RemoteSites sites;

    public Deployer(RemoteSites sites) {
        this.sites = sites;
    }

    /** Opens the target, deploys {@code bundle} to it and closes it. */
    public DeployReport deploy(Path bundle, TargetUrl url, TargetAccess access, DeployOptions options)
            throws IOException {
        LocalBundle local = LocalBundle.read(bundle);
        try (RemoteSite site = sites.open(url, access)) {
            return deploy(local, site, options);
        }
    }

    /** Deploys to a site already open; the caller closes it. */
    public DeployReport deploy(LocalBundle local, RemoteSite site, DeployOptions options) throws IOException {
        return deploy(local, site, RemoteState.read(site), options);
    }

    /**
     * Deploys to a site already open whose manifest was read before (while the export ran, so the round trips and
     * the parse of a large manifest cost no wall time); the caller closes the site.
     */
    public DeployReport deploy(LocalBundle local, RemoteSite site, RemoteState state, DeployOptions options)
            throws IOException {
        Optional<byte[]> stored = state.stored();
        Optional<DeployManifest> previous = state.previous();
        boolean cutOff = state.cutOff();
        boolean listing = options.verify() || previous.isEmpty() || cutOff;
        if (listing) {
            LOG.info("Checking the remote files ({})", options.verify() ? "asked to verify"
                    : previous.isEmpty() ? "no usable deploy manifest on the target" : "the last deploy was cut off");
        }
        DeployPlan plan = DeployPlanner.plan(local, previous, listing ? site.list() : null, site.digest());
        LOG.info("Deploy plan: {} uploads, {} deletions, {} unchanged", plan.uploads().size(), plan.deletes().size(),
                plan.unchanged());
        if (options.dryRun()) {
            return new DeployReport(plan, true);
        }
        if (plan.deletesMoreThan(options.maxDeleteShare()) && !options.confirmDeletes()) {
            throw new PublishException(Problem.REJECTED, String.format(Locale.ROOT, "Refusing to delete %d of the "
                    + "%d files on the target (more than %d %%); confirm to go ahead", plan.deletes().size(),
                    plan.remoteFiles(), Math.round(options.maxDeleteShare() * 100)), null);
        }
        CompletableFuture<byte[]> nextBytes;
        if (plan.changesNothing() && !cutOff && stored.isPresent()) {
            byte[] same = DeployManifest.of(local, previous).toJson();
            if (Arrays.equals(stored.get(), same)) {
                site.finish(summary(plan));
                return new DeployReport(plan, false);
            }
            nextBytes = CompletableFuture.completedFuture(same);
        } else {
            // The manifest is sent last; made while the files go out (10,500 entries looked up and written in
            // order, some 60 ms on the thread that would otherwise only wait for the uploads).
            nextBytes = OwnThread.supply("deploy-manifest", () -> {
                try {
                    return DeployManifest.of(local, previous).toJson();
                } catch (PublishException e) {
                    throw new CompletionException(e);
                }
            });
        }
        Path scratch = DeployScratch.create();
        long start = System.nanoTime();
        byte[] manifest;
        try {
            manifest = send(local, site, plan, options, scratch, nextBytes);
        } finally {
            Files.deleteIfExists(scratch);
        }
        LOG.info("Sent {} files, {} deletions and the manifest ({} bytes) in {} ms", plan.uploads().size(),
                plan.deletes().size(), manifest.length, (System.nanoTime() - start) / 1_000_000);
        site.finish(summary(plan));
        return new DeployReport(plan, false);
    }

    /** Sends the plan, then the manifest once it is made; returns the manifest as sent. */
    private static byte[] send(LocalBundle local, RemoteSite site, DeployPlan plan, DeployOptions options,
            Path scratch, CompletableFuture<byte[]> next) throws IOException {
        Files.write(scratch, PENDING_NOTE);
        site.upload(DeployManifest.PENDING, scratch, new UploadHints("text/plain; charset=utf-8", "no-store"));
        int total = plan.uploads().size() + plan.deletes().size();
        Counter counter = new Counter(options, total, plan.uploadBytes());
        for (List<String> batch : plan.batches()) {
            List<Upload> files = new ArrayList<>(batch.size());
            for (String path : batch) {
                files.add(new Upload(path, local.file(path), FileHints.of(path)));
            }
            site.uploadAll(files, counter);
        }
        int done = counter.files;
        long bytes = counter.bytes;
        for (String path : plan.deletes()) {
            checkCancelled(options, done, total);
            site.delete(path);
            options.progress().progress(++done, total, bytes, plan.uploadBytes(), path);
        }
        byte[] manifest = Futures.join(next);
        Files.write(scratch, manifest);
        site.upload(DeployManifest.FILE, scratch, new UploadHints("application/json", "no-store"));
        site.delete(DeployManifest.PENDING);
        return manifest;
    }

    /** Checks Cancel before each file and reports progress after it, one call at a time from the sending threads. */
    private static final class Counter implements UploadListener {
        private final DeployOptions options;
        private final int total;
        private final long totalBytes;
        private int files;
        private long bytes;

        Counter(DeployOptions options, int total, long totalBytes) {
            this.options = options;
            this.total = total;
            this.totalBytes = totalBytes;
        }

        @Override
        public void starting(Upload file) throws IOException {
            int done;
            synchronized (this) {
                done = files;
            }
            checkCancelled(options, done, total);
        }

        @Override
        public synchronized void uploaded(Upload file) {
            try {
                bytes += Files.size(file.source());
            } catch (IOException e) {
                LOG.debug("Cannot size {} for the progress", file.source(), e);
            }
            options.progress().progress(++files, total, bytes, totalBytes, file.path());
        }
    }

    private static void checkCancelled(DeployOptions options, int done, int total) throws PublishException {
        if (options.cancelled().getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new PublishException(Problem.CANCELLED, "Deploy cancelled after " + done + " of " + total
                    + " files; the site stays whole and the next deploy finishes the job", null);
        }
    }

    /** One line for a Git commit message and the log. */
    static String summary(DeployPlan plan) {
        StringBuilder s = new StringBuilder("Blogwright deploy: uploaded ").append(plan.uploads().size())
                .append(", deleted ").append(plan.deletes().size()).append(", unchanged ").append(plan.unchanged());
        List<String> pages = plan.uploads().stream().filter(p -> UploadOrder.rank(p) == UploadOrder.POST).limit(3)
                .toList();
        if (!pages.isEmpty()) {
            s.append(" (").append(String.join(", ", pages)).append(pages.size() < plan.uploads().stream()
                    .filter(p -> UploadOrder.rank(p) == UploadOrder.POST).count() ? ", …)" : ")");
        }
        return s.toString();
    }
}
