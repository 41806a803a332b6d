package dev.blogwright.gui.editor;

import dev.blogwright.logic.post.SlugPolicy;
import dev.blogwright.logic.post.Slugs;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The post's metadata as editable properties: what the metadata pane binds to. Knows the one rule that is
 * about the form itself: the slug follows the title until the writer edits the slug by hand (or clears it).
 */
public final class PostForm {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty slug = new SimpleStringProperty("");
    private final BooleanProperty slugFollowsTitle = new SimpleBooleanProperty(true);
    private final StringProperty category = new SimpleStringProperty("");
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final StringProperty icon = new SimpleStringProperty("");
    private final ObjectProperty<PostStatus> status = new SimpleObjectProperty<>(PostStatus.DRAFT);
    private final ObjectProperty<LocalDate> publishDate = new SimpleObjectProperty<>();
    private final StringProperty publishTime = new SimpleStringProperty("");
    /** Which offset or zone the date and time are in, for the writer to see ("UTC-04:00, as written"). */
    private final ReadOnlyStringWrapper publishZone = new ReadOnlyStringWrapper("");
    private final BooleanProperty featured = new SimpleBooleanProperty();
    private final StringProperty excerpt = new SimpleStringProperty("");
    private final StringProperty metaTitle = new SimpleStringProperty("");
    private final StringProperty metaDescription = new SimpleStringProperty("");
    private final StringProperty canonicalUrl = new SimpleStringProperty("");
    private final StringProperty featuredImage = new SimpleStringProperty("");
    /** The post's own language (spelling, the page's lang), empty for the blog's. */
    private final StringProperty language = new SimpleStringProperty("");
    /** A page's parent page by id, null for none (and always for a post). */
    private final ObjectProperty<Long> parent = new SimpleObjectProperty<>();
    /** True while the loaded post is a page: the pane hides what a page does not show (category, tags, date). */
    private final ReadOnlyBooleanWrapper page = new ReadOnlyBooleanWrapper();
    /** The blog's time zone: where a date without an offset of its own is shown and written. */
    private final ZoneId zone;
    private final Clock clock;
    /** The offset the loaded post's date was written with (an import's -04:00), or null: the blog's zone. */
    private ZoneOffset ownOffset;
    /** The loaded date to the second: the fields show minutes, and an untouched date must not lose its seconds. */
    private ZonedDateTime loadedAt;
    private final BooleanBinding scheduled;
    private boolean followingUpdate;

    public PostForm(Clock clock, ZoneId zone) {
        this.zone = zone;
        this.clock = clock;
        publishZone.set(zoneText());
        title.addListener((obs, old, now) -> {
            if (slugFollowsTitle.get()) {
                followingUpdate = true;
                slug.set(Slugs.slugify(now));
                followingUpdate = false;
            }
        });
        slug.addListener((obs, old, now) -> {
            if (!followingUpdate) {
                slugFollowsTitle.set(now == null || now.isBlank());
            }
        });
        scheduled = Bindings.createBooleanBinding(() -> {
            ZonedDateTime at = publishedAt();
            return at != null && at.toInstant().isAfter(clock.instant());
        }, publishDate, publishTime);
    }

    /**
     * Fills the form from a stored post; the slug follows the title when it is exactly the title's slug and the
     * post was never published ({@link SlugPolicy}).
     */
    public void load(Post post, String categoryName) {
        refresh(post, categoryName, Set.of());
    }

    /**
     * Shows the stored values of every field but the ones in {@code keep} (the writer's edits not yet stored),
     * so a change made elsewhere reaches the open post without undoing what is being typed.
     */
    public void refresh(Post post, String categoryName, Set<PostField> keep) {
        page.set(post.isPage());
        followingUpdate = true;
        if (!keep.contains(PostField.TITLE) && !keep.contains(PostField.SLUG)) {
            slugFollowsTitle.set(SlugPolicy.followsTitle(post, clock.instant()));
            title.set(post.title());
            slug.set(post.slug());
        } else if (!keep.contains(PostField.TITLE)) {
            title.set(post.title());
        } else if (!keep.contains(PostField.SLUG) && !slugFollowsTitle.get()) {
            slug.set(post.slug());
        }
        followingUpdate = false;
        for (PostField f : PostField.values()) {
            if (keep.contains(f)) {
                continue;
            }
            switch (f) {
                case TITLE, SLUG -> { }
                case CATEGORY -> category.set(categoryName == null ? "" : categoryName);
                case TAGS -> tags.setAll(post.tags());
                case ICON -> icon.set(post.icon());
                case STATUS -> status.set(post.status());
                case PUBLISHED_AT -> {
                    ownOffset = post.publishedOffset();
                    publishZone.set(zoneText());
                    ZonedDateTime at = post.publishedAt() == null ? null : post.publishedAt().atZone(zoneOfPost());
                    loadedAt = at;
                    publishDate.set(at == null ? null : at.toLocalDate());
                    publishTime.set(at == null ? "" : at.toLocalTime().format(TIME));
                }
                case FEATURED -> featured.set(post.featured());
                case EXCERPT -> excerpt.set(post.excerpt() == null ? "" : post.excerpt());
                case META_TITLE -> metaTitle.set(post.metaTitle());
                case META_DESCRIPTION -> metaDescription.set(post.metaDescription());
                case CANONICAL_URL -> canonicalUrl.set(post.canonicalUrl());
                case FEATURED_IMAGE -> featuredImage.set(post.featuredImage());
                case LANGUAGE -> language.set(post.language());
                case PARENT -> parent.set(post.parentId());
            }
        }
    }

    /**
     * {@code stored} with only these fields taken from {@code edited} (the form as {@link #applyTo} captured it);
     * the tags as the writer's additions and removals (against {@code baseTags}, the tags the form was loaded
     * with) on top of the stored ones. Pure, so it can run on the writer thread.
     */
    public static Post merge(Post stored, Post edited, Set<PostField> fields, List<String> baseTags) {
        Post.Builder b = stored.toBuilder();
        for (PostField f : fields) {
            switch (f) {
                case TITLE -> b.title(edited.title());
                case SLUG -> b.slug(edited.slug());
                case CATEGORY -> b.categoryId(edited.categoryId());
                case TAGS -> b.tags(TagMerge.merge(stored.tags(), baseTags, edited.tags()));
                case ICON -> b.icon(edited.icon());
                case STATUS -> b.status(edited.status());
                case PUBLISHED_AT -> b.publishedAt(edited.publishedAt()).publishedOffset(edited.publishedOffset());
                case FEATURED -> b.featured(edited.featured());
                case EXCERPT -> b.excerpt(edited.excerpt());
                case META_TITLE -> b.metaTitle(edited.metaTitle());
                case META_DESCRIPTION -> b.metaDescription(edited.metaDescription());
                case CANONICAL_URL -> b.canonicalUrl(edited.canonicalUrl());
                case FEATURED_IMAGE -> b.featuredImage(edited.featuredImage());
                case LANGUAGE -> b.language(edited.language());
                case PARENT -> b.parentId(edited.parentId());
            }
        }
        return b.build();
    }

    /** The properties behind one field, for telling which field the writer changed. */
    public Observable[] observables(PostField field) {
        return switch (field) {
            case TITLE -> new Observable[] {title};
            case SLUG -> new Observable[] {slug};
            case CATEGORY -> new Observable[] {category};
            case TAGS -> new Observable[] {tags};
            case ICON -> new Observable[] {icon};
            case STATUS -> new Observable[] {status};
            case PUBLISHED_AT -> new Observable[] {publishDate, publishTime};
            case FEATURED -> new Observable[] {featured};
            case EXCERPT -> new Observable[] {excerpt};
            case META_TITLE -> new Observable[] {metaTitle};
            case META_DESCRIPTION -> new Observable[] {metaDescription};
            case CANONICAL_URL -> new Observable[] {canonicalUrl};
            case FEATURED_IMAGE -> new Observable[] {featuredImage};
            case LANGUAGE -> new Observable[] {language};
            case PARENT -> new Observable[] {parent};
        };
    }

    /** The post as the form shows it, on top of {@code base} (id, position, body, … stay from there). */
    public Post applyTo(Post base, Long categoryId) {
        ZonedDateTime at = publishedAt();
        return base.toBuilder().title(title.get()).slug(slug.get()).categoryId(categoryId).tags(tags)
                .icon(icon.get()).status(status.get()).publishedAt(at == null ? null : at.toInstant())
                .publishedOffset(ownOffset)
                .featured(featured.get()).excerpt(excerpt.get().isBlank() ? null : excerpt.get())
                .metaTitle(metaTitle.get()).metaDescription(metaDescription.get())
                .canonicalUrl(canonicalUrl.get()).featuredImage(featuredImage.get()).language(language.get())
                .parentId(parent.get()).build();
    }

    /** Date plus time (midnight when the time is empty or not HH:mm), or null without a date. */
    public ZonedDateTime publishedAt() {
        if (publishDate.get() == null) {
            return null;
        }
        LocalTime time;
        try {
            time = publishTime.get().isBlank() ? LocalTime.MIDNIGHT : LocalTime.parse(publishTime.get().trim(), TIME);
        } catch (DateTimeParseException e) {
            time = LocalTime.MIDNIGHT;
        }
        ZonedDateTime at = publishDate.get().atTime(time).atZone(zoneOfPost());
        return loadedAt != null && at.equals(loadedAt.truncatedTo(ChronoUnit.MINUTES)) ? loadedAt : at;
    }

    private String zoneText() {
        return ownOffset != null ? "UTC" + (ownOffset.getTotalSeconds() == 0 ? "" : ownOffset.getId()) + ", as written"
                : zone.getId() + ", the blog's time zone";
    }

    /** Where the date fields are read and written: the post's own offset, else the blog's zone. */
    private ZoneId zoneOfPost() {
        return ownOffset != null ? ownOffset : zone;
    }

    /** Every property whose change is a metadata edit (title and slug included). */
    public Observable[] observables() {
        return new Observable[] {title, slug, category, tags, icon, status, publishDate, publishTime, featured,
                excerpt, metaTitle, metaDescription, canonicalUrl, featuredImage, language, parent};
    }

    public StringProperty titleProperty() { return title; }
    public StringProperty slugProperty() { return slug; }
    public BooleanProperty slugFollowsTitleProperty() { return slugFollowsTitle; }
    public StringProperty categoryProperty() { return category; }
    public ObservableList<String> getTags() { return tags; }
    public StringProperty iconProperty() { return icon; }
    public ObjectProperty<PostStatus> statusProperty() { return status; }
    public ObjectProperty<LocalDate> publishDateProperty() { return publishDate; }
    public StringProperty publishTimeProperty() { return publishTime; }
    public ReadOnlyStringProperty publishZoneProperty() { return publishZone.getReadOnlyProperty(); }
    public BooleanProperty featuredProperty() { return featured; }
    public StringProperty excerptProperty() { return excerpt; }
    public StringProperty metaTitleProperty() { return metaTitle; }
    public StringProperty metaDescriptionProperty() { return metaDescription; }
    public StringProperty canonicalUrlProperty() { return canonicalUrl; }
    public StringProperty featuredImageProperty() { return featuredImage; }
    public StringProperty languageProperty() { return language; }
    public ObjectProperty<Long> parentProperty() { return parent; }
    public BooleanBinding scheduledBinding() { return scheduled; }
    public ReadOnlyBooleanProperty pageProperty() { return page.getReadOnlyProperty(); }
    public String getTitle() { return title.get(); }
    public String getSlug() { return slug.get(); }
    public boolean isSlugFollowsTitle() { return slugFollowsTitle.get(); }
}
