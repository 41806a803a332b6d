package dev.blogwright.gui.sync;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.gui.PostEditor;
import dev.blogwright.gui.common.BackgroundTasks;
import dev.blogwright.gui.editor.EditorServices;
import dev.blogwright.logic.sync.SyncReport;
import dev.blogwright.logic.sync.SyncService;
import dev.blogwright.model.Post;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.stage.Window;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sync in the main window: runs one sync at a time (asked for, or when {@link SyncScheduler} says one is due),
 * saves the editor's text first, keeps what is typed during a sync (through {@link OpenPostMerge}), and holds the
 * status the status bar shows. A failure only changes that status: the next try comes at the scheduler's time.
 * A sync runs on a thread of its own, not on the writer thread: a fetch or push over a slow link takes seconds,
 * and saves, switching posts, bulk edits and closing the window must not wait for it. Saves land beside it safely: the sync
 * reads the library in one transaction and imports in another, only where nothing changed since it read (else it
 * merges again), and {@link OpenPostMerge} merges the editor's next save with whatever the import brought in.
 * Closing the window abandons a running sync: the library closes after an import in progress (it waits for the
 * transaction), nothing more is written, and the next sync completes what this one left.
 */
public final class AutoSync {
    /** How often the timer asks the scheduler and refreshes "2 min ago". */
    static final Duration TICK = Duration.seconds(5);
    /** How soon after the window opens the first automatic sync runs: the other computers' work comes in first. */
    static final java.time.Duration AT_OPEN = java.time.Duration.ofSeconds(10);
    static final String LAST_SYNCED = "sync.auto.last-synced";
    private static final Logger LOG = LoggerFactory.getLogger(AutoSync.class);

    /** What runs the sync itself (a test may hold it to type meanwhile); runs on a network thread. */
    @FunctionalInterface
    public interface Runner {
        SyncReport run(SyncService service, Optional<String> attachTo);
    }

    private final BlogLibrary library;
    private final Clock clock;
    private final AutoSyncSettings settings;
    private final SyncScheduler scheduler;
    private final OpenPostMerge editing;
    private final ReadOnlyObjectWrapper<SyncStatus> status = new ReadOnlyObjectWrapper<>(SyncStatus.detached());
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final StringBinding text;
    private final EditorLink editorLink;
    private final ChangeWatch changes;
    private Runner runner = (service, url) -> url.isPresent() ? service.init(url.get()) : service.sync();
    private Runnable libraryChanged = () -> { };
    private Supplier<Window> owner = () -> null;
    private Timeline timer;
    /** The window closed: a sync that ends now finds the library closed and leaves everything alone. */
    private volatile boolean stopped;

    public AutoSync(BlogLibrary library, Clock clock) {
        this.library = library;
        this.clock = clock;
        this.settings = new AutoSyncSettings(library.settings().repository());
        this.scheduler = new SyncScheduler(clock);
        this.editing = new OpenPostMerge(library.posts(), LibraryTexts.of(library).tx());
        this.editorLink = new EditorLink(library, editing, this::openConflict);
        this.changes = new ChangeWatch(LibraryTexts.of(library).sync());
        now.set(clock.instant());
        text = Bindings.createStringBinding(() -> status.get().text(now.get(), clock.getZone()), status, now);
        editing.setListener(new OpenPostMerge.Listener() {
            @Override
            public void saved() {
                BackgroundTasks.onFx(scheduler::saved);
            }

            @Override
            public void merged(long postId) {
                BackgroundTasks.onFx(editorLink::catchUp);
            }

            @Override
            public void conflict(Post other) {
                KeptVersions.keep(library, other);
                BackgroundTasks.onFx(() -> loadConflicts(false));
            }
        });
        loadState();
    }

    /** The editor's services with its post reads and writes going through {@link OpenPostMerge}. */
    public EditorServices editorServices(EditorServices s) {
        return new EditorServices(editing, s.taxonomy(), s.settings(), s.assets(), s.revisions(), s.goals(),
                s.spelling());
    }

    /** Connects the main window: its editor, what to refresh after a sync, the window dialogs belong to. */
    public void attach(PostEditor editor, Runnable libraryChanged, Supplier<Window> owner) {
        editorLink.attach(editor);
        this.libraryChanged = libraryChanged;
        this.owner = owner;
    }

    /** Starts the timer that runs automatic syncs, the first soon after the window opens. */
    public void start() {
        scheduler.soon(AT_OPEN);
        timer = new Timeline(new KeyFrame(TICK, e -> tick()));
        timer.setCycleCount(Animation.INDEFINITE);
        timer.play();
    }

    public void stop() {
        stopped = true;
        if (timer != null) {
            timer.stop();
        }
    }

    /**
     * The timer's step (and the tests' way to run it): with "sync after saving", looks whether the library changed;
     * starts a sync when one is due, refreshes the time.
     */
    public void tick() {
        now.set(clock.instant());
        if (scheduler.choice().afterSave() && !scheduler.running() && !stopped) {
            changes.look(scheduler::saved);
        }
        if (scheduler.due()) {
            run(Optional.empty());
        }
    }

    /** Sync now (Ctrl+Alt+S, the indicator's menu): without a repository yet, the Sync dialog asks for one. */
    public void syncNow() {
        if (status.get().kind() == SyncStatus.Kind.DETACHED) {
            openDialog();
        } else {
            run(Optional.empty());
        }
    }

    /** Attaches the library to {@code url} and syncs. */
    public void attachTo(String url) {
        run(Optional.of(url));
    }

    public void openDialog() {
        SyncDialog.open(owner.get(), this);
    }

    /** Runs a sync unless one runs; false when one was running. */
    boolean run(Optional<String> attachTo) {
        if (scheduler.running() || stopped) {
            return false;
        }
        // The text typed so far goes into this sync; what is typed from now on is merged after it.
        editorLink.flush();
        Long openId = editorLink.openPostId();
        scheduler.started();
        changes.syncStarted();
        running.set(true);
        status.set(status.get().with(SyncStatus.Kind.SYNCING, "", false));
        // Behind the save just queued on the writer, so the sync reads it; then off the writer.
        BackgroundTasks.write(() -> Boolean.TRUE, queued -> {
            if (!stopped) {
                BackgroundTasks.runNetwork(() -> work(attachTo, openId), this::done, this::failed);
            }
        }, this::failed);
        return true;
    }

    /** What a sync did, and the library's change marker before and after it. */
    private record Outcome(SyncReport report, long before, long after) {
    }

    /** On a network thread: the sync, then whether it changed the open post under the editor. */
    private Outcome work(Optional<String> attachTo, Long openId) {
        editing.syncing();
        try {
            long before = changes.read();
            SyncReport report = runner.run(LibraryTexts.sync(library), attachTo);
            library.settings().repository().putAll(Map.of(LAST_SYNCED, clock.instant().toString()));
            return new Outcome(report, before, changes.read());
        } finally {
            afterSync(openId);
        }
    }

    private void afterSync(Long openId) {
        if (stopped) {
            // The window closed (the library may be closed): the next start reads the post afresh.
            return;
        }
        try {
            editing.synced(openId);
        } catch (RuntimeException e) {
            LOG.warn("reading the open post after a sync failed", e);
        }
    }

    private void done(Outcome outcome) {
        if (stopped) {
            return;
        }
        SyncReport report = outcome.report();
        scheduler.succeeded();
        scheduler.configure(settings.load(true));
        if (changes.syncEnded(outcome.before(), outcome.after(), report.pulled() > 0 || report.conflicts() > 0)) {
            scheduler.saved();
        }
        running.set(false);
        status.set(new SyncStatus(SyncStatus.Kind.SYNCED, clock.instant(), status.get().conflicts(),
                report.summary(), false));
        now.set(clock.instant());
        if (report.pulled() > 0 || report.conflicts() > 0) {
            libraryChanged.run();
        }
        editorLink.catchUp();
        loadConflicts(true);
    }

    private void failed(Throwable e) {
        if (stopped) {
            return;
        }
        scheduler.failed();
        changes.syncFailed();
        running.set(false);
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        boolean attached = LibraryTexts.sync(library).remote().isPresent();
        SyncStatus.Kind kind = SyncStatus.failure(why);
        status.set(new SyncStatus(attached ? kind : SyncStatus.Kind.DETACHED, status.get().lastSynced(),
                status.get().conflicts(), why, scheduler.nextDue().isPresent()));
        now.set(clock.instant());
    }

    /** Reads the remote, the last sync's time and the open conflicts, off the FX thread. */
    private void loadState() {
        SyncService service = LibraryTexts.sync(library);
        boolean attached = service.remote().isPresent();
        scheduler.configure(settings.load(attached));
        Instant last = Optional.ofNullable(library.settings().repository().all().get(LAST_SYNCED))
                .map(Instant::parse).orElse(null);
        int conflicts = LibraryTexts.conflicts(library).open().size();
        status.set(new SyncStatus(!attached ? SyncStatus.Kind.DETACHED : last == null ? SyncStatus.Kind.NEVER
                : SyncStatus.Kind.SYNCED, last, conflicts, "", false));
    }

    /** Counts the open conflicts again and shows or hides the open post's notice. */
    void loadConflicts(boolean inBackground) {
        Supplier<Integer> count = () -> LibraryTexts.conflicts(library).open().size();
        if (inBackground) {
            BackgroundTasks.run(count, this::showConflicts, e -> LOG.warn("counting conflicts failed", e));
        } else {
            showConflicts(count.get());
        }
        editorLink.showNotice();
    }

    private void showConflicts(int n) {
        SyncStatus s = status.get();
        status.set(new SyncStatus(s.kind(), s.lastSynced(), n, s.detail(), s.willRetry()));
    }

    private void openConflict(long postId) {
        editorLink.flush();
        LibraryTexts.conflicts(library).of(postId).stream().findFirst().ifPresent(c -> {
            boolean settled = new ConflictView(owner.get(), LibraryTexts.conflicts(library), c).showAndWait()
                    .orElse(false);
            if (settled) {
                settled();
            }
        });
    }

    /** A conflict was settled in the side-by-side view: the list, the editor and the count show it. */
    void settled() {
        libraryChanged.run();
        loadConflicts(false);
    }

    /** The writer's choice changed in the Sync dialog. */
    public void choose(AutoSyncSettings.Choice choice) {
        settings.save(choice);
        scheduler.configure(choice);
        SyncStatus s = status.get();
        status.set(new SyncStatus(s.kind(), s.lastSynced(), s.conflicts(), s.detail(),
                s.needsAttention() && scheduler.nextDue().isPresent()));
    }

    public AutoSyncSettings.Choice choice() {
        return scheduler.choice();
    }

    /** Replaces what runs a sync (tests hold it to type while a sync runs). */
    public void setRunner(Runner runner) {
        this.runner = runner;
    }

    public BlogLibrary library() {
        return library;
    }

    public SyncScheduler scheduler() {
        return scheduler;
    }

    public ReadOnlyObjectProperty<SyncStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The time as of the timer's last tick. */
    Instant now() {
        return now.get();
    }

    ZoneId zone() {
        return clock.getZone();
    }

    /** The indicator's line ("Synced 2 min ago"), kept current by the timer. */
    public StringBinding textProperty() {
        return text;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
