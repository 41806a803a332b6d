package dev.blogwright.gui.editor;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.gui.common.DialogService;
import dev.blogwright.logic.asset.AssetService;
import dev.blogwright.logic.markdown.PostText;
import dev.blogwright.logic.post.Slugs;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import dev.blogwright.model.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open post: its text and metadata as properties, and the autosave that gets every change into the library
 * within about a second. Writes go through {@link EditorTasks#write} in order; a failed write keeps the text,
 * shows {@link SaveState#FAILED} and retries until the library takes it.
 */
public final class EditorViewModel {
    static final Duration DEBOUNCE = Duration.ofMillis(700);
    /** However long the typing goes on without a pause, the text reaches the library this often. */
    static final Duration MAX_SAVE_WAIT = Duration.ofSeconds(1);
    static final Duration RETRY = Duration.ofSeconds(3);
    static final Duration STATS_DELAY = Duration.ofMillis(250);
    private static final Logger LOG = LoggerFactory.getLogger(EditorViewModel.class);

    private final BlogLibrary library;
    private final DialogService dialogs;
    private final EditorTasks tasks;
    private final Clock clock;
    private final PostForm form;
    private final StringProperty body = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Post> current = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<SaveState> saveState = new SimpleObjectProperty<>(SaveState.SAVED);
    private final ObjectProperty<Instant> lastSaved = new SimpleObjectProperty<>();
    private final BooleanProperty slugTaken = new SimpleBooleanProperty();
    private final BooleanProperty garbled = new SimpleBooleanProperty();
    private final IntegerProperty words = new SimpleIntegerProperty();
    private final StringProperty autoExcerpt = new SimpleStringProperty("");
    private final ObservableList<String> categoryNames = FXCollections.observableArrayList();
    private final ObservableList<String> tagNames = FXCollections.observableArrayList();
    private final Debouncer saveTimer;
    private final Debouncer statsTimer;
    private final Debouncer slugTimer;
    private Consumer<Post> onPostChanged = p -> { };
    private Consumer<String> onBodyReplaced = b -> { };
    private boolean loading;
    private boolean textDirty;
    private boolean metaDirty;
    private int pendingWrites;
    private int session;

    /** What one write stores, captured on the FX thread. */
    private record Snapshot(int session, Post post, String category, boolean metadata, boolean follows) {
    }

    private record Loaded(Post post, String category, List<String> categories, List<String> tags) {
    }

    public EditorViewModel(BlogLibrary library, DialogService dialogs, EditorTasks tasks, Clock clock) {
        this.library = library;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.clock = clock;
        // A post's date shows in the offset it was written with; a new one's in the blog's time zone.
        this.form = new PostForm(clock, library.settings().load().zone());
        this.saveTimer = new Debouncer(tasks, DEBOUNCE, MAX_SAVE_WAIT, this::saveNow);
        this.statsTimer = new Debouncer(tasks, STATS_DELAY, this::updateStats);
        this.slugTimer = new Debouncer(tasks, STATS_DELAY, this::checkSlug);
        body.addListener((obs, old, now) -> changed(false));
        for (javafx.beans.Observable o : form.observables()) {
            o.addListener(obs -> changed(true));
        }
        form.slugProperty().addListener(obs -> slugTimer.poke());
    }

    /** Saves the open post, then loads another one off the FX thread. */
    public void open(long postId) {
        if (!flush()) {
            return;
        }
        int mySession = ++session;
        tasks.read(() -> load(postId), loaded -> {
            if (mySession == session) {
                show(loaded);
            }
        }, e -> dialogs.showError("The post could not be opened.", e));
    }

    /** Shows a post that was just written elsewhere (a restored revision), dropping nothing: call flush first. */
    public void reload(long postId) {
        int mySession = ++session;
        tasks.read(() -> load(postId), loaded -> {
            if (mySession == session) {
                show(loaded);
            }
        }, e -> dialogs.showError("The post could not be reloaded.", e));
    }

    public void clear() {
        if (!flush()) {
            return;
        }
        session++;
        loading = true;
        body.set("");
        current.set(null);
        garbled.set(false);
        loading = false;
        onBodyReplaced.accept("");
    }

    private Loaded load(long postId) {
        Post post = library.posts().find(postId)
                .orElseThrow(() -> new dev.blogwright.logic.LibraryException("The post no longer exists."));
        List<Category> categories = library.taxonomy().categories();
        String category = categories.stream().filter(c -> Objects.equals(c.id(), post.categoryId()))
                .map(Category::name).findFirst().orElse("");
        return new Loaded(post, category, categories.stream().map(Category::name).toList(),
                library.taxonomy().tags().stream().map(Tag::name).toList());
    }

    private void show(Loaded loaded) {
        loading = true;
        saveTimer.cancel();
        textDirty = false;
        metaDirty = false;
        pendingWrites = 0;
        categoryNames.setAll(loaded.categories());
        tagNames.setAll(loaded.tags());
        form.load(loaded.post(), loaded.category());
        body.set(loaded.post().body());
        current.set(loaded.post());
        slugTaken.set(false);
        garbled.set(TextRepair.looksGarbled(loaded.post().body()));
        saveState.set(SaveState.SAVED);
        lastSaved.set(loaded.post().updatedAt());
        loading = false;
        onBodyReplaced.accept(loaded.post().body());
        updateStats();
    }

    private void changed(boolean metadata) {
        if (loading || current.get() == null) {
            return;
        }
        textDirty |= !metadata;
        metaDirty |= metadata;
        if (saveState.get() != SaveState.FAILED) {
            saveState.set(SaveState.SAVING);
        }
        saveTimer.poke();
        if (!metadata) {
            statsTimer.poke();
        }
    }

    private Snapshot snapshot(boolean metadata) {
        Post base = current.get().toBuilder().body(body.get()).build();
        return new Snapshot(session, form.applyTo(base, base.categoryId()), java.util.Objects.toString(form.categoryProperty().get(), "").strip(),
                metadata, form.isSlugFollowsTitle());
    }

    private void saveNow() {
        if (current.get() == null || (!textDirty && !metaDirty)) {
            return;
        }
        write(snapshot(metaDirty), false);
    }

    /** Ctrl+S: stores everything now and keeps a revision. */
    public void saveWithRevision() {
        if (current.get() == null) {
            return;
        }
        saveTimer.cancel();
        write(snapshot(true), true);
    }

    private void write(Snapshot snap, boolean explicit) {
        textDirty = false;
        metaDirty = false;
        pendingWrites++;
        saveState.set(SaveState.SAVING);
        tasks.write(() -> persist(snap, explicit), saved -> {
            if (snap.session() == session) {
                pendingWrites--;
                afterSave(snap, saved);
            }
        }, e -> {
            if (snap.session() == session) {
                pendingWrites--;
                failed(snap, e);
            }
        });
    }

    /** Runs on the writer thread: the cheap text path, or a full save when metadata changed. */
    private Post persist(Snapshot snap, boolean explicit) {
        Post post = snap.post();
        if (!snap.metadata() && !explicit) {
            library.posts().autosave(post.id(), post.title(), post.body());
            return null;
        }
        Long categoryId = snap.category().isEmpty() ? null : library.taxonomy().categoryNamed(snap.category()).id();
        String slug = post.slug();
        if (slug.isBlank() || !Slugs.isValid(slug) || library.posts().slugTaken(slug, post.id())) {
            // A taken or invalid slug must not block saving the text: keep the stored one unless it follows the title.
            slug = snap.follows() ? library.posts().suggestSlug(post.title(), post.id())
                    : library.posts().find(post.id()).map(Post::slug).orElse(slug);
        }
        return library.posts().save(post.toBuilder().categoryId(categoryId).slug(slug).build(), explicit);
    }

    private void afterSave(Snapshot snap, Post saved) {
        lastSaved.set(clock.instant());
        if (saved != null) {
            loading = true;
            current.set(saved);
            if (snap.follows() && !saved.slug().equals(form.getSlug()) && form.isSlugFollowsTitle()) {
                form.slugProperty().set(saved.slug());
                form.slugFollowsTitleProperty().set(true);
            }
            if (!categoryNames.contains(snap.category()) && !snap.category().isEmpty()) {
                categoryNames.add(snap.category());
            }
            saved.tags().stream().filter(t -> !tagNames.contains(t)).forEach(tagNames::add);
            loading = false;
            onPostChanged.accept(saved);
        }
        if (pendingWrites == 0 && !textDirty && !metaDirty) {
            saveState.set(SaveState.SAVED);
        }
    }

    private void failed(Snapshot snap, Throwable e) {
        LOG.warn("saving post {} failed; retrying", snap.post().id(), e);
        textDirty = true;
        metaDirty |= snap.metadata();
        saveState.set(SaveState.FAILED);
        saveTimer.pokeAfter(RETRY);
    }

    /**
     * Writes what is not yet confirmed as stored, synchronously; false when the library refused it (the text
     * stays, a retry is scheduled). Always re-saves after a write in flight, since its outcome is not known yet.
     */
    public boolean flush() {
        saveTimer.cancel();
        if (current.get() == null) {
            return true;
        }
        tasks.awaitWrites();
        boolean unconfirmed = textDirty || metaDirty || pendingWrites > 0 || saveState.get() != SaveState.SAVED;
        if (!unconfirmed) {
            return true;
        }
        Snapshot snap = snapshot(metaDirty || pendingWrites > 0 || saveState.get() == SaveState.FAILED);
        try {
            Post saved = persist(snap, false);
            textDirty = false;
            metaDirty = false;
            pendingWrites = 0;
            afterSave(snap, saved);
            return true;
        } catch (RuntimeException e) {
            failed(snap, e);
            return false;
        }
    }

    /** Copies a file into the library's assets off the FX thread and hands back its Markdown reference. */
    public void addAsset(Path file, Consumer<String> onReference) {
        tasks.write(() -> {
            try {
                return AssetService.reference(library.assets().add(file));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not copy " + file.getFileName() + " into the library.", e);
            }
        }, onReference, e -> dialogs.showError("The image could not be added: " + e.getMessage(), e));
    }

    public void chooseFeaturedImage() {
        dialogs.chooseFiles("Featured image", "Images", List.of("*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp",
                "*.svg")).stream().findFirst().ifPresent(f -> addAsset(f, form.featuredImageProperty()::set));
    }

    private void updateStats() {
        String text = body.get();
        tasks.read(() -> new Object[] {PostText.wordCount(text), AutoExcerpt.of(text)}, r -> {
            words.set((Integer) r[0]);
            autoExcerpt.set((String) r[1]);
        }, e -> LOG.warn("word count failed", e));
    }

    private void checkSlug() {
        Post post = current.get();
        String slug = form.getSlug();
        if (post == null || slug.isBlank()) {
            slugTaken.set(false);
            return;
        }
        tasks.read(() -> library.posts().slugTaken(slug, post.id()), taken -> {
            if (slug.equals(form.getSlug())) {
                slugTaken.set(taken);
            }
        }, e -> LOG.warn("slug check failed", e));
    }

    /** "Saved · 2 s ago", "Saving…" or "Not saved — retrying". */
    public String saveStatusText(Instant now) {
        return switch (saveState.get()) {
            case SAVING -> "Saving…";
            case FAILED -> "Not saved — retrying";
            case SAVED -> lastSaved.get() == null ? "Saved" : "Saved · " + ago(lastSaved.get(), now);
        };
    }

    static String ago(Instant then, Instant now) {
        long s = Math.max(0, Duration.between(then, now).getSeconds());
        if (s >= 86400) {
            // Past a day, a date says more than "209 d ago".
            return java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.ENGLISH)
                    .withZone(java.time.ZoneId.systemDefault()).format(then);
        }
        return s < 60 ? s + " s ago" : s < 3600 ? s / 60 + " min ago" : s / 3600 + " h ago";
    }

    public String readingTimeText() {
        // The preview's header says the same: PostText is the one place that words reading time.
        return PostText.readingTimeLabel(PostText.readingMinutes(words.get()));
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
    public ObjectProperty<SaveState> saveStateProperty() { return saveState; }
    public ObjectProperty<Instant> lastSavedProperty() { return lastSaved; }
    public ReadOnlyBooleanProperty slugTakenProperty() { return slugTaken; }
    public BooleanProperty garbledProperty() { return garbled; }
    public IntegerProperty wordsProperty() { return words; }
    public StringProperty autoExcerptProperty() { return autoExcerpt; }
    public ObservableList<String> getCategoryNames() { return categoryNames; }
    public ObservableList<String> getTagNames() { return tagNames; }
    public BlogLibrary library() { return library; }
    public DialogService dialogs() { return dialogs; }
}
