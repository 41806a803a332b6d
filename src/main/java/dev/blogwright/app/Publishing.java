package dev.blogwright.app;

import dev.blogwright.logic.export.ExportCancelledException;
import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportReport;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.export.RendererWarmUp;
import dev.blogwright.logic.export.bundle.RetiredBundle;
import dev.blogwright.logic.publish.DeployOptions;
import dev.blogwright.logic.publish.DeployRecord;
import dev.blogwright.logic.publish.DeployReport;
import dev.blogwright.logic.publish.DeployTarget;
import dev.blogwright.logic.publish.DeployTargets;
import dev.blogwright.logic.publish.Deployer;
import dev.blogwright.logic.publish.LocalBundle;
import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.RemoteSites;
import dev.blogwright.logic.publish.TargetAccess;
import dev.blogwright.logic.publish.TargetOpening;
import dev.blogwright.logic.publish.TargetUrl;
import dev.blogwright.store.SqlChangeMarker;
import dev.blogwright.store.SqlTargetRepository;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishing for the command line and the app: the library's named targets and their history, and a deploy, which
 * first exports the blog incrementally into a bundle folder and then sends what changed.
 */
public final class Publishing {
    private static final Logger LOG = LoggerFactory.getLogger(Publishing.class);
    /** Schemes that log in with a password, not a key or the AWS credential chain. */
    private static final Set<String> PASSWORD_FIRST = Set.of("ftp", "ftps", "https", "http");

    private final BlogLibrary library;
    private final DeployTargets targets;
    private final RemoteSites sites;
    private final ExportService exporter;
    private final DeploySecrets secrets;
    /** The library a deploy writes its history and accepted host keys to; may be opened apart from the reader. */
    private final Supplier<BlogLibrary> writes;
    private DeployTargets writableTargets;

    Publishing(BlogLibrary library, RemoteSites sites, ExportService exporter, DeploySecrets secrets) {
        this(library, () -> library, sites, exporter, secrets);
    }

    Publishing(BlogLibrary library, Supplier<BlogLibrary> writes, RemoteSites sites, ExportService exporter,
            DeploySecrets secrets) {
        this.library = library;
        this.writes = writes;
        this.sites = sites;
        this.targets = new DeployTargets(new SqlTargetRepository(library.database()), sites);
        this.exporter = exporter;
        this.secrets = secrets;
    }

    /** For the app, which deploys again and again: the previous bundle is deleted in the background. */
    public static Publishing of(BlogLibrary library) {
        return new Publishing(library, RemoteSites.standard(), new ExportService(RetiredBundle.deleteInBackground()),
                new DeploySecrets());
    }

    /**
     * Starts setting up, on a thread of its own, what a deploy's export will need (the Markdown renderer), so that
     * it overlaps the library's open: for a command that deploys once, before it opens the library.
     */
    public static void prepareForDeploy() {
        RendererWarmUp.start();
    }

    /**
     * For one command: reads and writes through {@code libraries} as it opened them; what is left of the previous
     * bundle is deleted as the process exits.
     */
    public static Publishing forOneDeploy(DeployLibrary libraries) {
        return new Publishing(libraries.reader(), libraries::writer, RemoteSites.standard(),
                new ExportService(RetiredBundle.deleteAfterExit()), new DeploySecrets());
    }

    public DeployTargets targets() {
        return targets;
    }

    public DeploySecrets secrets() {
        return secrets;
    }

    /** The library's own export for deploys, beside the library file: {@code library.db} → {@code library.site}. */
    public Path bundleFolder() {
        String name = library.file().getFileName().toString();
        String stem = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        return library.file().resolveSibling(stem + ".site");
    }

    /** Opens and closes the target: checks the host, its key, the credentials and the folder at once. */
    public void testConnection(DeployTarget target, char[] password) throws IOException {
        TargetUrl url = TargetUrl.parse(target.url());
        try (RemoteSite site = sites.open(url, access(target, password))) {
            LOG.info("Connection to target {} works", target.name());
        }
    }

    /**
     * Exports and deploys. Every outcome of a deploy to a named target, success or failure, joins its history;
     * a dry run does not.
     *
     * @throws PublishException with a line for the user (and {@link PublishException#fingerprint()} for an
     *     unknown host key)
     * @throws IllegalArgumentException for a bad target name, URL or fingerprint
     */
    public DeployReport deploy(Deployment request) throws IOException {
        DeployTarget target = resolve(request);
        if (request.acceptHostKey() != null) {
            if (!DeployTargets.isFingerprint(request.acceptHostKey())) {
                throw new IllegalArgumentException("A host key fingerprint looks like SHA256:… (43 characters of "
                        + "base64), as the failed deploy printed it");
            }
            target = target.withHostKey(request.acceptHostKey());
            if (request.target() != null) {
                target = writableTargets().save(target);
            }
        }
        DeployOptions options = request.options().withMaxDeleteShare(target.maxDeleteShare());
        try {
            Path bundle = request.out() != null ? request.out() : bundleFolder();
            DeployReport report = exportAndDeploy(bundle, target, request, options);
            if (request.target() != null && !report.dryRun()) {
                writableTargets().record(new DeployRecord(target.name(), library.clock().instant(), report.uploaded(),
                        report.deleted(), report.unchanged(), true, report.line()));
            }
            return report;
        } catch (PublishException e) {
            LOG.warn("Deploy to {} failed: {}", target.name(), e.getMessage(), e);
            if (request.target() != null && !request.options().dryRun()) {
                try {
                    writableTargets().record(new DeployRecord(target.name(), library.clock().instant(), 0, 0, 0,
                            false, e.getMessage()));
                } catch (RuntimeException notRecorded) {
                    e.addSuppressed(notRecorded);
                }
            }
            throw e;
        }
    }

    /**
     * Exports while another thread connects, logs in and reads the target's manifest (together about as long as the
     * incremental export of one changed post), then deploys. When a target that may use keys refuses the login for
     * want of a password, tries once more with the keyring's (asking the keyring up front costs seconds where there
     * is no Secret Service).
     */
    private DeployReport exportAndDeploy(Path bundle, DeployTarget target, Deployment request, DeployOptions options)
            throws IOException {
        TargetUrl url = TargetUrl.parse(target.url());
        TargetAccess access = access(target, request.password());
        TargetOpening opening = TargetOpening.start(sites, url, access);
        LocalBundle local;
        long start = System.nanoTime();
        long exported;
        try {
            export(bundle, request.drafts(), options.cancelled());
            exported = System.nanoTime();
            // The files the export just listed, from memory; read from the folder when the export was skipped.
            Optional<Map<String, String>> committed = exporter.committedFiles(bundle);
            local = committed.isPresent() ? LocalBundle.of(bundle, committed.get()) : LocalBundle.read(bundle);
        } catch (IOException | RuntimeException e) {
            opening.abandon();
            throw e;
        }
        long read = System.nanoTime();
        TargetOpening.Opened opened;
        try {
            opened = opening.await();
        } catch (PublishException e) {
            if (e.problem() != Problem.AUTHENTICATION || access.password() != null || PASSWORD_FIRST.contains(
                    url.scheme())) {
                throw e;
            }
            Optional<char[]> kept = secrets.find(target.url());
            if (kept.isEmpty()) {
                throw e;
            }
            opened = TargetOpening.start(sites, url, new TargetAccess(kept.get(), access.keyFile(),
                    access.trustedHostKey(), null, null)).await();
        }
        long ready = System.nanoTime();
        try (RemoteSite site = opened.site()) {
            if (request.target() != null && !options.dryRun()) {
                // The history must be writable before the target is changed (the app may hold the library).
                writableTargets();
            }
            DeployReport report = new Deployer(sites).deploy(local, site, opened.state(), options);
            LOG.info("Deploy phases: export {} ms, bundle read {} ms, waited for the target {} ms, plan and send {} ms",
                    millis(start, exported), millis(exported, read), millis(read, ready),
                    millis(ready, System.nanoTime()));
            return report;
        }
    }

    /** The targets as the library opened for writing holds them: for the history and accepted host keys. */
    private DeployTargets writableTargets() {
        if (writableTargets == null) {
            BlogLibrary writer = writes.get();
            writableTargets = writer == library ? targets
                    : new DeployTargets(new SqlTargetRepository(writer.database()), sites);
        }
        return writableTargets;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private DeployTarget resolve(Deployment request) {
        if (request.target() != null) {
            return targets.find(request.target()).orElseThrow(() -> new IllegalArgumentException(
                    "No target named '" + request.target() + "'; see 'blogwright target list'"));
        }
        if (request.url() == null) {
            throw new IllegalArgumentException("Name a target or give a URL to deploy to");
        }
        sites.factoryFor(TargetUrl.parse(request.url()));
        return DeployTarget.of(request.url(), request.url());
    }

    private void export(Path bundle, boolean drafts, BooleanSupplier cancelled) throws PublishException {
        long start = System.nanoTime();
        try {
            Instant exported = library.clock().instant();
            String stamp = BundleStamp.of(library, drafts);
            if (BundleStamp.unchanged(bundle, stamp, library)) {
                LOG.info("The library, its theme and images are as they were when {} was exported; export skipped",
                        bundle);
                return;
            }
            BundleStamp.clear(bundle);
            exportNow(bundle, drafts, cancelled, start);
            BundleStamp.write(bundle, stamp, exported);
        } catch (IOException e) {
            String why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                    : String.valueOf(e.getMessage()).lines().findFirst().orElse("I/O error");
            throw new PublishException(Problem.OTHER, "The export into " + bundle + " failed (" + why
                    + "); the target was not touched", e);
        }
    }

    private void exportNow(Path bundle, boolean drafts, BooleanSupplier cancelled, long start)
            throws PublishException {
        // The heads the last deploy read: only those whose version moved since are read from the library.
        long marker = new SqlChangeMarker(library.database()).changeCount();
        exporter.prepare(bundle);
        StoredHeads heads = StoredHeads.read(bundle, library);
        try (ExportSnapshot snapshot = library.exportSnapshot(drafts, heads.cache())) {
            LOG.info("Read the library's {} posts for the export in {} ms", snapshot.content().posts().size(),
                    millis(start, System.nanoTime()));
            ExportReport report = exporter.export(snapshot.content(), bundle,
                    ExportOptions.of(ExportFormat.HTML).withCancelled(cancelled), (done, total) -> { });
            LOG.info("Exported for deploy into {}: {} written, {} unchanged, {} deleted", bundle, report.written(),
                    report.unchanged(), report.deleted());
            keepHeads(bundle, heads, marker);
        } catch (ExportCancelledException e) {
            throw new PublishException(Problem.CANCELLED, "Deploy cancelled during the export; the target was not "
                    + "touched", e);
        } catch (IOException e) {
            String why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                    : String.valueOf(e.getMessage()).lines().findFirst().orElse("I/O error");
            throw new PublishException(Problem.OTHER, "The export into " + bundle + " failed (" + why
                    + "); the target was not touched", e);
        }
    }

    /** Keeps the heads for the next deploy; without them it reads every head, so a failure only costs time. */
    private void keepHeads(Path bundle, StoredHeads heads, long marker) {
        try {
            heads.write(bundle, library, marker);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not keep the post heads in {} for the next deploy", bundle, e);
        }
    }

    /** How to get in: the password given, else the target's environment variable, else the keyring. */
    private TargetAccess access(DeployTarget target, char[] given) {
        char[] password = given;
        if (password == null && target.passwordEnv() != null) {
            String value = System.getenv(target.passwordEnv());
            password = value == null ? null : value.toCharArray();
        }
        if (password == null) {
            password = passwordFromKeyring(target).orElse(null);
        }
        return new TargetAccess(password, target.keyFile() == null ? null : Path.of(target.keyFile()),
                target.hostKey(), null, null);
    }

    private Optional<char[]> passwordFromKeyring(DeployTarget target) {
        // Only targets that always log in with a password ask the keyring first; the others when refused.
        return PASSWORD_FIRST.contains(TargetUrl.parse(target.url()).scheme()) ? secrets.find(target.url())
                : Optional.empty();
    }
}
