package dev.blogwright.gui.editor;

import dev.blogwright.gui.common.DialogService;
import dev.blogwright.logic.post.SlugPolicy;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open post: its text and metadata as properties, read from the library and shown again when it changes
 * elsewhere. {@link Autosave} gets every change the writer makes into the library.
 */
public final class EditorViewModel {
    static final Duration STATS_DELAY = Duration.ofMillis(250);
    private static final Logger LOG = LoggerFactory.getLogger(EditorViewModel.class);

    private final EditorServices services;
    private final DialogService dialogs;
    private final StoppableTasks tasks;
    private final Clock clock;
    private final PostForm form;
    private final StringProperty body = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Post> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper garbled = new ReadOnlyBooleanWrapper();
    /** A post is being read to be shown (the editor says so rather than stay blank on a slow start). */
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper();
    private final DetailsChoices choices = new DetailsChoices();
    private final TextStats stats;
    private final SlugCheck slugCheck;
    private final Debouncer statsTimer;
    private final Debouncer slugTimer;
    private Consumer<Post> onPostChanged = p -> { };
    private Consumer<String> onBodyReplaced = b -> { };
    private final EditorStore store;
    private final Autosave autosave;
    private final EditorImages images;
    private boolean loading;
    private final UnsavedEdits edits = new UnsavedEdits();
    /** The tags as last read from the library: the base the writer's tag edits are measured against. */
    private List<String> baseTags = List.of();
    private int session;

    public EditorViewModel(EditorServices services, DialogService dialogs, EditorTasks tasks, Clock clock) {
        this.services = services;
        this.dialogs = dialogs;
        this.tasks = new StoppableTasks(tasks);
        tasks = this.tasks;
        this.clock = clock;
        // A post's date shows in the offset it was written with; a new one's in the blog's time zone.
        this.form = new PostForm(clock, services.settings().load().zone());
        this.stats = new TextStats(tasks);
        this.slugCheck = new SlugCheck(services.posts(), tasks);
        this.statsTimer = new Debouncer(tasks, STATS_DELAY, this::updateStats);
        this.slugTimer = new Debouncer(tasks, STATS_DELAY,
                () -> slugCheck.check(current.get(), form.getSlug(), form::getSlug));
        this.store = new EditorStore(services.posts(), services.taxonomy());
        this.autosave = new Autosave(this.tasks, store, clock, edits, new Autosave.Editing() {
            @Override public boolean isOpen() { return current.get() != null; }
            @Override public int session() { return session; }
            @Override public EditorStore.Snapshot snapshot(Set<PostField> fields, boolean text) {
                return EditorViewModel.this.snapshot(fields, text);
            }
            @Override public void saved(EditorStore.Snapshot snap, EditorStore.Saved stored) {
                showSaved(snap, stored);
            }
            @Override public void afterSaved() { refreshWhenSettled(); }
        });
        this.images = new EditorImages(services.assets(), dialogs, tasks);
        body.addListener((obs, old, now) -> changed(null));
        for (PostField field : PostField.values()) {
            for (Observable o : form.observables(field)) {
                o.addListener(obs -> changed(field));
            }
        }
        form.slugProperty().addListener(obs -> slugTimer.poke());
    }

    /** Saves the open post, then loads another one off the FX thread. */
    public void open(long postId) {
        if (flush()) {
            show(postId, "The post could not be opened.");
        }
    }

    /** Shows a post that was just written elsewhere (a restored revision), dropping nothing: call flush first. */
    public void reload(long postId) {
        show(postId, "The post could not be reloaded.");
    }

    private void show(long postId, String failure) {
        int mySession = ++session;
        opening.set(true);
        tasks.read(() -> store.load(postId), loaded -> {
            if (mySession == session) {
                opening.set(false);
                show(loaded);
            }
        }, e -> {
            if (mySession == session) {
                opening.set(false);
            }
            dialogs.showError(failure, e);
        });
    }

    /** The editor's threads and timers, which stop with it: its parts that read the library use them too. */
    EditorTasks tasks() {
        return tasks;
    }

    /** The library is about to close (after the last flush): no timer fires and nothing more is read or written. */
    public void stop() {
        tasks.stop();
    }

    public void clear() {
        if (!flush()) {
            return;
        }
        session++;
        opening.set(false);
        loading = true;
        body.set("");
        current.set(null);
        garbled.set(false);
        loading = false;
        onBodyReplaced.accept("");
    }

    /**
     * The library changed elsewhere (a bulk action, the categories manager, an import): shows the stored values
     * of the open post, keeping what the writer has changed and not yet saved. Waits for writes in flight, whose
     * outcome the stored post would not show yet.
     */
    public void refresh() {
        Post open = current.get();
        if (open == null) {
            return;
        }
        edits.wantRefresh(edits.writing());
        if (edits.writing()) {
            return;
        }
        int mySession = session;
        int writesBefore = edits.writesIssued();
        tasks.read(() -> store.load(open.id()), loaded -> {
            if (mySession != session) {
                return;
            }
            if (writesBefore != edits.writesIssued() || edits.writing()) {
                edits.wantRefresh(true);
                refreshWhenSettled();
                return;
            }
            showStored(loaded);
        }, e -> LOG.warn("refreshing post {} failed", open.id(), e));
    }

    private void refreshWhenSettled() {
        if (edits.refreshWanted() && !edits.writing()) {
            refresh();
        }
    }

    /** Shows a stored post's fields except those the writer is editing; the text only if untouched. */
    private void showStored(EditorStore.Loaded loaded) {
        Post stored = loaded.post();
        loading = true;
        choices.offer(loaded);
        showStoredFields(stored, loaded.category());
        current.set(stored);
        boolean newText = !edits.text() && !stored.body().equals(body.get());
        if (newText) {
            body.set(stored.body());
        }
        loading = false;
        if (newText) {
            onBodyReplaced.accept(stored.body());
            updateStats();
        }
    }

    private void showStoredFields(Post stored, String category) {
        EnumSet<PostField> keep = edits.notStored();
        if (keep.contains(PostField.TAGS)) {
            // The writer's tag edits, re-based on the stored tags, so neither side loses one.
            form.getTags().setAll(TagMerge.merge(stored.tags(), baseTags, List.copyOf(form.getTags())));
        }
        form.refresh(stored, category, keep);
        baseTags = List.copyOf(stored.tags());
    }

    private void show(EditorStore.Loaded loaded) {
        loading = true;
        autosave.forgetEdits();
        choices.offer(loaded);
        choices.refuseParent(null);
        form.load(loaded.post(), loaded.category());
        baseTags = List.copyOf(loaded.post().tags());
        body.set(loaded.post().body());
        // Flags before the post: whoever waits for the post to show finds them already right.
        slugCheck.reset();
        garbled.set(TextRepair.looksGarbled(loaded.post().body()));
        current.set(loaded.post());
        autosave.showingStored(loaded.post().updatedAt());
        loading = false;
        onBodyReplaced.accept(loaded.post().body());
        updateStats();
    }

    /** A field (null: the text) changed by the writer. */
    private void changed(PostField field) {
        if (loading || current.get() == null) {
            return;
        }
        boolean metadata = field != null;
        if (field == PostField.PARENT) {
            choices.refuseParent(null);
        }
        autosave.changed(field);
        if (!metadata) {
            statsTimer.poke();
        }
    }

    /** The writer's changes now: these fields, and the text when {@code text}. */
    private EditorStore.Snapshot snapshot(Set<PostField> fields, boolean text) {
        Post base = current.get().toBuilder().body(body.get()).build();
        return new EditorStore.Snapshot(session, form.applyTo(base, base.categoryId()),
                Objects.toString(form.categoryProperty().get(), "").strip(), EnumSet.copyOf(fields), text,
                baseTags, form.isSlugFollowsTitle());
    }

    /** Ctrl+S: stores everything now and keeps a revision. */
    public void saveWithRevision() {
        autosave.saveWithRevision();
    }

    /** Shows what a write stored: the library's fields, and the new slug while the slug follows the title. */
    private void showSaved(EditorStore.Snapshot snap, EditorStore.Saved stored) {
        if (stored != null) {
            Post saved = stored.post();
            boolean stillFollows = form.isSlugFollowsTitle();
            loading = true;
            current.set(saved);
            if (!edits.writing()) {
                // What the library holds now (the writer's fields merged onto changes made elsewhere).
                showStoredFields(saved, stored.category());
            }
            if (snap.follows() && stillFollows) {
                if (!saved.slug().equals(form.getSlug())) {
                    form.slugProperty().set(saved.slug());
                }
                // Publishing ends the following: from now on the post's address stays put.
                form.slugFollowsTitleProperty().set(SlugPolicy.addressMayChange(saved, clock.instant()));
            }
            choices.saved(snap.category(), saved.tags());
            if (stored.parentRefusal() != null) {
                choices.refuseParent(stored.parentRefusal());
            }
            loading = false;
            onPostChanged.accept(saved);
        } else {
            // The text path: the list's row still wants the new word count and time.
            onPostChanged.accept(current.get().toBuilder().body(snap.edited().body())
                    .updatedAt(autosave.lastSavedProperty().get()).build());
        }
    }

    /**
     * Writes what is not yet confirmed as stored, synchronously; false when the library refused it (the text
     * stays, a retry is scheduled).
     */
    public boolean flush() {
        return autosave.flush();
    }

    /** Copies a file into the library's assets off the FX thread and hands back its Markdown reference. */
    public void addAsset(Path file, Consumer<String> onReference) {
        images.add(file, onReference);
    }

    public void chooseFeaturedImage() {
        images.choose("Featured image", form.featuredImageProperty()::set);
    }

    private void updateStats() {
        stats.update(body.get());
    }

    /** "Saved · 2 s ago", "Saving…" or "Not saved — retrying". */
    public String saveStatusText(Instant now) {
        return autosave.statusText(now);
    }

    public String readingTimeText() {
        return stats.readingTimeText();
    }

    /** The writer keeps the text as it is (the notice closed) or it was repaired: no longer offer a repair. */
    public void dismissGarbled() {
        garbled.set(false);
    }

    public void setOnPostChanged(Consumer<Post> listener) {
        onPostChanged = listener == null ? p -> { } : listener;
    }

    /** The view replaces the editor's text (without an undo step) when a post is opened or restored. */
    public void setOnBodyReplaced(Consumer<String> listener) {
        onBodyReplaced = listener == null ? b -> { } : listener;
    }

    public PostForm form() { return form; }
    public StringProperty bodyProperty() { return body; }
    public ReadOnlyObjectProperty<Post> currentProperty() { return current.getReadOnlyProperty(); }
    public Post getCurrent() { return current.get(); }
    public ReadOnlyObjectProperty<SaveState> saveStateProperty() { return autosave.stateProperty(); }
    public SaveState getSaveState() { return autosave.stateProperty().get(); }
    public ReadOnlyObjectProperty<Instant> lastSavedProperty() { return autosave.lastSavedProperty(); }
    public ReadOnlyBooleanProperty slugTakenProperty() { return slugCheck.takenProperty(); }
    public boolean isSlugTaken() { return slugCheck.takenProperty().get(); }
    public ReadOnlyBooleanProperty garbledProperty() { return garbled.getReadOnlyProperty(); }
    public boolean isGarbled() { return garbled.get(); }
    public ReadOnlyBooleanProperty openingProperty() { return opening.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty wordsProperty() { return stats.wordsProperty(); }
    public int getWords() { return stats.wordsProperty().get(); }
    public ReadOnlyStringProperty autoExcerptProperty() { return stats.autoExcerptProperty(); }
    public String getAutoExcerpt() { return stats.autoExcerptProperty().get(); }
    public ObservableList<String> getCategoryNames() { return choices.categoryNames(); }
    public ObservableList<String> getTagNames() { return choices.tagNames(); }
    /** A page's possible parents ("None" first); empty for a post. */
    public ObservableList<ParentChoice> getParentChoices() { return choices.parents(); }
    /** Why the parent last chosen was not stored; empty when it was. */
    public ReadOnlyStringProperty parentRefusalProperty() { return choices.parentRefusalProperty(); }
    public EditorServices services() { return services; }
    public DialogService dialogs() { return dialogs; }
}
