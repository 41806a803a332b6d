package dev.blogwright.gui.editor;

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
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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
    /** The blog's time zone: where a date without an offset of its own is shown and written. */
    private final ZoneId zone;
    /** The offset the loaded post's date was written with (an import's -04:00), or null: the blog's zone. */
    private ZoneOffset ownOffset;
    /** The loaded date to the second: the fields show minutes, and an untouched date must not lose its seconds. */
    private ZonedDateTime loadedAt;
    private final BooleanBinding scheduled;
    private boolean followingUpdate;

    public PostForm(Clock clock, ZoneId zone) {
        this.zone = zone;
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

    /** Fills the form from a stored post; the slug follows the title when it is exactly the title's slug. */
    public void load(Post post, String categoryName) {
        followingUpdate = true;
        slugFollowsTitle.set(Slugs.slugify(post.title()).equals(post.slug()));
        title.set(post.title());
        slug.set(post.slug());
        followingUpdate = false;
        category.set(categoryName == null ? "" : categoryName);
        tags.setAll(post.tags());
        icon.set(post.icon());
        status.set(post.status());
        ownOffset = post.publishedOffset();
        publishZone.set(zoneText());
        ZonedDateTime at = post.publishedAt() == null ? null : post.publishedAt().atZone(zoneOfPost());
        loadedAt = at;
        publishDate.set(at == null ? null : at.toLocalDate());
        publishTime.set(at == null ? "" : at.toLocalTime().format(TIME));
        featured.set(post.featured());
        excerpt.set(post.excerpt() == null ? "" : post.excerpt());
        metaTitle.set(post.metaTitle());
        metaDescription.set(post.metaDescription());
        canonicalUrl.set(post.canonicalUrl());
        featuredImage.set(post.featuredImage());
    }

    /** The post as the form shows it, on top of {@code base} (id, position, body, … stay from there). */
    public Post applyTo(Post base, Long categoryId) {
        ZonedDateTime at = publishedAt();
        return base.toBuilder().title(title.get()).slug(slug.get()).categoryId(categoryId).tags(tags)
                .icon(icon.get()).status(status.get()).publishedAt(at == null ? null : at.toInstant())
                .publishedOffset(ownOffset)
                .featured(featured.get()).excerpt(excerpt.get().isBlank() ? null : excerpt.get())
                .metaTitle(metaTitle.get()).metaDescription(metaDescription.get())
                .canonicalUrl(canonicalUrl.get()).featuredImage(featuredImage.get()).build();
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
                excerpt, metaTitle, metaDescription, canonicalUrl, featuredImage};
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
    public BooleanBinding scheduledBinding() { return scheduled; }
    public String getTitle() { return title.get(); }
    public String getSlug() { return slug.get(); }
    public boolean isSlugFollowsTitle() { return slugFollowsTitle.get(); }
}
