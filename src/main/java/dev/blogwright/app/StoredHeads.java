package dev.blogwright.app;

import dev.blogwright.logic.FileBytes;
import dev.blogwright.logic.export.cache.InputKeys;
import dev.blogwright.logic.export.cache.LongStrings;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostHead;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;
import dev.blogwright.store.SqlChangeMarker;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The post heads a deploy's export read, kept in the bundle folder ({@value #FILE}) for the next deploy, a new
 * process: it reads the library's post versions (one small table) and the ids in index order, and only the heads
 * whose version moved, through {@link PostCache} as the app does between its exports. Reading 9,500 heads from
 * SQLite was a tenth of a one-post deploy's CPU; decoding them from this file is a fraction of that.
 *
 * <p>Versions come from one counter of the library, so an (id, version) pair stands for one content of a post in
 * that library's history. The file is used only for the library it was written from (its path and file identity)
 * whose change marker has not gone back (a restored backup), and by the build that wrote it; anything else, a
 * missing or damaged file included, means every head is read, as before.
 */
final class StoredHeads {
    static final String FILE = ".blogwright-heads";
    private static final Logger LOG = LoggerFactory.getLogger(StoredHeads.class);
    private static final long MAGIC = 0x4257484541445331L;
    /** Bumped when the encoding of a head changes (a field added to {@link Post} included). */
    private static final int VERSION = 1;
    /** The number of {@link Post}'s fields this encoding writes; a test holds it to the record. */
    static final int POST_FIELDS = 26;

    private final PostCache cache;
    /** Each head as read, by post id: written again as it is while the post's version stays the same. */
    private final Map<Long, Encoded> encoded;

    /** A head's version and its bytes in the file. */
    private record Encoded(long version, byte[] bytes) {
    }

    private StoredHeads(PostCache cache, Map<Long, Encoded> encoded) {
        this.cache = cache;
        this.encoded = encoded;
    }

    /** The heads, for {@link BlogLibrary#exportSnapshot(boolean, PostCache)}. */
    PostCache cache() {
        return cache;
    }

    /** The heads kept in {@code bundle} for {@code library}, or none (every head read again). */
    static StoredHeads read(Path bundle, BlogLibrary library) {
        Path file = bundle.resolve(FILE);
        StoredHeads none = new StoredHeads(new PostCache(), Map.of());
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return none;
            }
            ByteBuffer in = ByteBuffer.wrap(FileBytes.read(file));
            if (in.getLong() != MAGIC || in.getInt() != VERSION || !string(in).equals(libraryKey(library))) {
                LOG.info("The post heads kept in {} are of another library or build; reading every head", bundle);
                return none;
            }
            long marker = in.getLong();
            if (new SqlChangeMarker(library.database()).changeCount() < marker) {
                LOG.info("The library's change marker went back since {} was written; reading every head", file);
                return none;
            }
            int count = in.getInt();
            int capacity = Math.max(0, Math.min(count, 1 << 20));
            List<PostHead> heads = new ArrayList<>(capacity);
            Map<Long, Encoded> encoded = new HashMap<>(capacity * 2);
            for (int i = 0; i < count; i++) {
                int start = in.position();
                PostHead head = head(in);
                heads.add(head);
                encoded.put(head.post().id(), new Encoded(head.version(),
                        Arrays.copyOfRange(in.array(), start, in.position())));
            }
            if (in.hasRemaining()) {
                throw new IOException("trailing bytes");
            }
            return new StoredHeads(new PostCache(heads), encoded);
        } catch (IOException | RuntimeException e) {
            LOG.info("The post heads kept in {} are unreadable ({}); reading every head", file, e.toString());
            return none;
        }
    }

    /**
     * Keeps the cache's heads in {@code bundle} for the next deploy, with {@code marker}, the library's change
     * marker read before the heads were (a write in between only makes the next read take more from the library).
     */
    void write(Path bundle, BlogLibrary library, long marker) throws IOException {
        Path temporary = bundle.resolve(FILE + ".tmp");
        try (OutputStream raw = Files.newOutputStream(temporary);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
            string(out, libraryKey(library));
            out.writeLong(marker);
            List<PostHead> heads = cache.kept();
            out.writeInt(heads.size());
            for (PostHead head : heads) {
                Encoded before = encoded.get(head.post().id());
                if (before != null && before.version() == head.version()) {
                    out.write(before.bytes());
                } else {
                    head(out, head);
                }
            }
        }
        try {
            Files.move(temporary, bundle.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, bundle.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The library as a file (path and file key: a library copied or moved over it is another file) and the build. */
    private static String libraryKey(BlogLibrary library) throws IOException {
        Path file = library.file().toAbsolutePath().normalize();
        Object identity = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        return InputKeys.of("post heads", file.toString(), String.valueOf(identity));
    }

    private static void head(DataOutputStream out, PostHead head) throws IOException {
        Post p = head.post();
        out.writeLong(head.version());
        nullable(out, head.bodyHash());
        out.writeLong(p.id());
        nullable(out, p.slug());
        nullable(out, p.title());
        // The body is not part of a head (it is empty); the export reads it by the body's fingerprint.
        nullable(out, p.excerpt());
        nullable(out, p.icon());
        out.writeBoolean(p.categoryId() != null);
        out.writeLong(p.categoryId() == null ? 0 : p.categoryId());
        string(out, p.status().key());
        out.writeBoolean(p.featured());
        out.writeBoolean(p.trashed());
        instant(out, p.createdAt());
        instant(out, p.updatedAt());
        instant(out, p.publishedAt());
        nullable(out, p.language());
        nullable(out, p.metaTitle());
        nullable(out, p.metaDescription());
        nullable(out, p.canonicalUrl());
        nullable(out, p.featuredImage());
        nullable(out, p.featuredImageAlt());
        out.writeDouble(p.position());
        out.writeInt(p.tags().size());
        for (String tag : p.tags()) {
            string(out, tag);
        }
        nullable(out, p.frontMatterJson());
        nullable(out, p.sourcePath());
        out.writeBoolean(p.publishedOffset() != null);
        out.writeInt(p.publishedOffset() == null ? 0 : p.publishedOffset().getTotalSeconds());
        string(out, p.kind().key());
        out.writeBoolean(p.parentId() != null);
        out.writeLong(p.parentId() == null ? 0 : p.parentId());
    }

    private static PostHead head(ByteBuffer in) throws IOException {
        long version = in.getLong();
        String bodyHash = nullable(in);
        long id = in.getLong();
        String slug = nullable(in);
        String title = nullable(in);
        String excerpt = nullable(in);
        String icon = nullable(in);
        boolean hasCategory = in.get() != 0;
        long category = in.getLong();
        PostStatus status = PostStatus.fromKey(string(in));
        boolean featured = in.get() != 0;
        boolean trashed = in.get() != 0;
        Instant created = instant(in);
        Instant updated = instant(in);
        Instant published = instant(in);
        String language = nullable(in);
        String metaTitle = nullable(in);
        String metaDescription = nullable(in);
        String canonicalUrl = nullable(in);
        String featuredImage = nullable(in);
        String featuredImageAlt = nullable(in);
        double position = in.getDouble();
        int tagCount = in.getInt();
        if (tagCount < 0 || tagCount > in.remaining()) {
            throw new IOException(tagCount + " tags");
        }
        List<String> tags = new ArrayList<>(tagCount);
        for (int t = 0; t < tagCount; t++) {
            tags.add(string(in));
        }
        String frontMatter = nullable(in);
        String sourcePath = nullable(in);
        boolean hasOffset = in.get() != 0;
        int offset = in.getInt();
        PostKind kind = PostKind.fromKey(string(in));
        boolean hasParent = in.get() != 0;
        long parent = in.getLong();
        Post post = new Post(id, slug, title, "", excerpt, icon, hasCategory ? category : null, status, featured,
                trashed, created, updated, published, language, metaTitle, metaDescription, canonicalUrl,
                featuredImage, featuredImageAlt, position, tags, frontMatter, sourcePath,
                hasOffset ? ZoneOffset.ofTotalSeconds(offset) : null, kind, hasParent ? parent : null);
        return new PostHead(post, bodyHash, version);
    }

    private static void instant(DataOutputStream out, Instant instant) throws IOException {
        out.writeBoolean(instant != null);
        out.writeLong(instant == null ? 0 : instant.getEpochSecond());
        out.writeInt(instant == null ? 0 : instant.getNano());
    }

    private static Instant instant(ByteBuffer in) {
        boolean present = in.get() != 0;
        long seconds = in.getLong();
        int nanos = in.getInt();
        return present ? Instant.ofEpochSecond(seconds, nanos) : null;
    }

    private static void nullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            string(out, s);
        }
    }

    private static String nullable(ByteBuffer in) throws IOException {
        return in.get() != 0 ? string(in) : null;
    }

    /** UTF-8 with an int length ({@link LongStrings}). */
    private static void string(DataOutputStream out, String s) throws IOException {
        LongStrings.write(out, s);
    }

    private static String string(ByteBuffer in) throws IOException {
        return LongStrings.read(in);
    }
}
