package dev.blogwright.logic.importing;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.post.Slugs;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports posts from Markdown sites, folders, ZIPs and Ghost exports into a library. Every file is read and
 * checked before anything is written; posts are then stored in batches, one transaction each, so a cancel or a
 * failure never leaves half a post.
 */
public final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final ImportTarget target;
    private final Clock clock;
    /** Category name → parent name, from the exports of the running import that know a hierarchy (WordPress). */
    private final Map<String, String> categoryParents = new ConcurrentHashMap<>();

    public ImportService(ImportTarget target, Clock clock) {
        this.target = target;
        this.clock = clock;
    }

    private ImportInputs inputs(ImportOptions options) {
        return new ImportInputs(options.maxFileBytes(), clock.instant(), target.zone(), categoryParents);
    }

    /** A dry run: what would be new, updated, skipped or refused. Nothing is written. */
    public ImportReport plan(List<Path> inputs, ImportOptions options) {
        return ImportTempFolder.with(tmp -> {
            List<ImportReport.Line> lines = new ArrayList<>();
            for (PostDraft draft : inputs(options).read(inputs, tmp, lines)) {
                Decision d = decide(draft);
                lines.add(new ImportReport.Line(d.kind(), draft.post().sourcePath(), withDate(d, draft)));
            }
            return new ImportReport(lines, true, false);
        });
    }

    public ImportReport run(List<Path> inputs, ImportOptions options, ProgressListener progress,
                            BooleanSupplier cancelled) {
        return ImportTempFolder.with(tmp -> {
            List<ImportReport.Line> lines = new ArrayList<>();
            List<PostDraft> drafts = ImportOrder.oldestFirst(inputs(options).read(inputs, tmp, lines));
            target.prepare(drafts.stream().map(PostDraft::post).toList());
            try {
                ImportReport report = storeInBatches(drafts, options, progress, cancelled, lines);
                linkParents(drafts);
                return report;
            } finally {
                target.finish();
            }
        });
    }

    /**
     * Puts each imported page under its parent page, once every batch is in (a parent may come after its child);
     * a parent that was not imported, or is not a page, leaves the page at the top.
     */
    private void linkParents(List<PostDraft> drafts) {
        List<PostDraft> children = drafts.stream().filter(d -> d.parentSource() != null).toList();
        if (children.isEmpty()) {
            return;
        }
        target.inTransaction(() -> {
            for (PostDraft d : children) {
                Optional<Post> child = target.findBySourcePath(d.post().sourcePath());
                Optional<Post> parent = target.findBySourcePath(d.parentSource());
                if (child.isPresent() && parent.isPresent() && child.get().isPage() && parent.get().isPage()
                        && !Objects.equals(child.get().parentId(), parent.get().id())) {
                    target.update(child.get().toBuilder().parentId(parent.get().id()).build());
                }
            }
        });
    }

    /** Stores the drafts in batches of one transaction each; stops after the batch in which cancel is seen. */
    private ImportReport storeInBatches(List<PostDraft> drafts, ImportOptions options, ProgressListener progress,
                                        BooleanSupplier cancelled, List<ImportReport.Line> lines) {
        int done = 0;
        boolean stopped = false;
        for (int from = 0; from < drafts.size() && !stopped; from += options.batchSize()) {
            List<PostDraft> batch = drafts.subList(from, Math.min(drafts.size(), from + options.batchSize()));
            List<ImportReport.Line> batchLines = new ArrayList<>();
            int[] stored = {0};
            boolean[] cancel = {false};
            int before = done;
            try {
                target.inTransaction(() -> {
                    NewPosts created = new NewPosts(batchLines);
                    for (PostDraft draft : batch) {
                        if (cancelled.getAsBoolean()) {
                            cancel[0] = true;
                            break;
                        }
                        store(draft, options, created);
                        stored[0]++;
                        progress.progress(before + stored[0], drafts.size(), draft.post().sourcePath());
                    }
                    created.write();
                });
                lines.addAll(batchLines);
                done += stored[0];
            } catch (RuntimeException e) {
                LOG.warn("Import batch rolled back", e);
                for (PostDraft draft : batch) {
                    lines.add(new ImportReport.Line(ImportReport.Kind.ERROR, draft.post().sourcePath(),
                            "not imported, its batch was rolled back: " + e.getMessage()));
                }
            }
            stopped = cancel[0];
        }
        return new ImportReport(lines, false, stopped);
    }

    private record Decision(ImportReport.Kind kind, Post existing, String message) {
    }

    /** The line's message with where the post's date came from, for a post that is new or changed. */
    private static String withDate(Decision d, PostDraft draft) {
        if (d.kind() == ImportReport.Kind.SKIPPED || draft.dateSource().isEmpty()) {
            return d.message();
        }
        return d.message().isEmpty() ? draft.dateSource() : d.message() + "; " + draft.dateSource();
    }

    /** Same source file → update; same slug and title of a post not imported from elsewhere → update. */
    private Decision decide(PostDraft draft) {
        Post post = withCleanSlug(draft.post());
        Optional<Post> bySource = target.findBySourcePath(post.sourcePath());
        if (bySource.isPresent()) {
            return unchanged(bySource.get(), post)
                    ? new Decision(ImportReport.Kind.SKIPPED, bySource.get(), "unchanged since the last import")
                    : new Decision(ImportReport.Kind.UPDATED, bySource.get(), "");
        }
        Optional<Post> bySlug = post.slug() == null ? Optional.empty() : target.findBySlug(post.slug());
        if (bySlug.isPresent()) {
            Post other = bySlug.get();
            boolean same = (other.sourcePath() == null || other.sourcePath().isBlank())
                    && other.title().equalsIgnoreCase(post.title());
            return same ? new Decision(ImportReport.Kind.UPDATED, other, "matched by slug " + post.slug())
                    : new Decision(ImportReport.Kind.NEW, null,
                            "slug " + post.slug() + " is taken by another post; a suffix is added");
        }
        return new Decision(ImportReport.Kind.NEW, null, "");
    }

    /**
     * The slug as the library will store it (Hugo slugs may hold dots, permalinks odd characters), so that a
     * match or clash is judged on the slug that really results.
     */
    private static Post withCleanSlug(Post post) {
        if (post.slug() == null || post.slug().isBlank()) {
            return post;
        }
        try {
            return post.toBuilder().slug(Slugs.fromRequested(post.slug())).build();
        } catch (LibraryException e) {
            return post.toBuilder().slug(Slugs.slugify(post.title())).build();
        }
    }

    private static boolean unchanged(Post old, Post next) {
        return old.title().equals(next.title()) && old.body().equals(next.body())
                && Objects.equals(old.excerpt(), next.excerpt()) && old.tags().equals(next.tags())
                && old.status() == next.status() && Objects.equals(old.publishedAt(), next.publishedAt())
                && Objects.equals(old.publishedOffset(), next.publishedOffset())
                && old.frontMatterJson().equals(next.frontMatterJson()) && old.icon().equals(next.icon())
                && old.featuredImage().equals(next.featuredImage())
                && (next.position() == 0 || old.position() == next.position());
    }

    /**
     * The new posts of a batch, held back and written together when the batch ends or before any step that
     * could see them (an update, or a post whose source or slug may clash with one held back), so every
     * decision is the one a post-by-post write would give. Report lines keep the posts' order.
     */
    private final class NewPosts {
        private final List<ImportReport.Line> out;
        private final List<Post> posts = new ArrayList<>();
        private final List<String> messages = new ArrayList<>();
        /** "; date from …" of each held-back post, for a line whose message is replaced. */
        private final List<String> dateSources = new ArrayList<>();
        /** Lines of each held-back post that come before its "new" line (image notes). */
        private final List<List<ImportReport.Line>> notes = new ArrayList<>();
        private final Set<String> sources = new HashSet<>();
        private final Set<String> slugBases = new HashSet<>();

        NewPosts(List<ImportReport.Line> out) {
            this.out = out;
        }

        /** Whether deciding on {@code post} could depend on a held-back one. */
        boolean mightSee(Post post) {
            if (posts.isEmpty()) {
                return false;
            }
            if (post.sourcePath() != null && sources.contains(post.sourcePath())) {
                return true;
            }
            String slug = post.slug();
            // A held-back slug may still gain a "-2", "-3" … suffix when it is written.
            return slug != null && (slugBases.contains(slug) || slugBases.contains(slug.replaceFirst("-\\d+$", "")));
        }

        void add(Post post, String message, String dateSource, List<ImportReport.Line> before) {
            posts.add(post);
            messages.add(message);
            dateSources.add(dateSource.isEmpty() ? "" : "; " + dateSource);
            notes.add(before);
            if (post.sourcePath() != null) {
                sources.add(post.sourcePath());
            }
            slugBases.add(post.slug() == null || post.slug().isBlank() ? Slugs.slugify(post.title()) : post.slug());
        }

        /** Writes what is held back; then its lines. */
        void write() {
            if (posts.isEmpty()) {
                return;
            }
            List<Post> stored = target.createAll(posts);
            for (int i = 0; i < posts.size(); i++) {
                Post post = posts.get(i);
                String msg = Objects.equals(stored.get(i).slug(), post.slug()) ? messages.get(i)
                        : "slug " + post.slug() + " was taken by another post; stored as " + stored.get(i).slug()
                        + dateSources.get(i);
                out.addAll(notes.get(i));
                out.add(new ImportReport.Line(ImportReport.Kind.NEW, post.sourcePath(), msg));
            }
            posts.clear();
            messages.clear();
            dateSources.clear();
            notes.clear();
            sources.clear();
            slugBases.clear();
        }
    }

    private void store(PostDraft draft, ImportOptions options, NewPosts created) {
        List<ImportReport.Line> lines = new ArrayList<>();
        String source = draft.post().sourcePath();
        if (created.mightSee(withCleanSlug(draft.post()))) {
            created.write();
        }
        Decision d = decide(draft);
        if (d.kind() == ImportReport.Kind.SKIPPED) {
            created.out.add(new ImportReport.Line(d.kind(), source, d.message()));
            return;
        }
        Map<String, String> refs = new LinkedHashMap<>();
        for (Map.Entry<String, Path> image : draft.images().entrySet()) {
            try {
                refs.put(image.getKey(), target.addAsset(image.getValue()));
            } catch (IOException e) {
                lines.add(new ImportReport.Line(ImportReport.Kind.NOTE, source,
                        "image " + image.getKey() + " could not be copied (" + e.getMessage() + "); link kept"));
            }
        }
        Post post = withCleanSlug(draft.post());
        String category = options.category() != null ? options.category() : draft.categoryName();
        Post.Builder b = post.toBuilder()
                .body(ImageLinks.rewrite(post.body(), refs))
                .featuredImage(refs.getOrDefault(post.featuredImage(), post.featuredImage()))
                .categoryId(category != null ? Long.valueOf(categoryId(category, options))
                        : d.existing() != null ? d.existing().categoryId() : null);
        if (!options.draftsAsDrafts() && post.status() == PostStatus.DRAFT && !draft.keepAsDraft()) {
            b.status(PostStatus.PUBLISHED);
        }
        if (d.existing() != null) {
            // Without a weight of its own, a re-imported post keeps the place editors gave it.
            if (post.position() == 0) {
                b.position(d.existing().position());
            }
            created.write();
            target.update(b.id(d.existing().id()).build());
            created.out.addAll(lines);
            created.out.add(new ImportReport.Line(ImportReport.Kind.UPDATED, source, withDate(d, draft)));
        } else {
            created.add(b.id(0).build(), withDate(d, draft), draft.dateSource(), lines);
        }
    }

    /** The category's id; an imported hierarchy places it (and its parents) under its parent first. */
    private long categoryId(String name, ImportOptions options) {
        if (options.category() == null) {
            Set<String> seen = new HashSet<>();
            // From the top of the chain down, so a parent is placed before its child; a loop stops the walk.
            List<String> chain = new ArrayList<>();
            for (String n = name; n != null && seen.add(n.toLowerCase(Locale.ROOT)); n = categoryParents.get(n)) {
                chain.add(0, n);
            }
            for (int i = 1; i < chain.size(); i++) {
                target.placeCategory(chain.get(i), chain.get(i - 1));
            }
        }
        return target.categoryIdFor(name);
    }
}
