-- Schema version 2: what an export needs to skip unchanged posts without reading their bodies.
-- BodyHashBackfill (Java) fills posts.body_hash of existing rows after this script, in the same transaction.

-- The fingerprint (dev.blogwright.util.TextFingerprint) of the body, written by the store with every body.
-- NULL means unknown: a reader computes it from the body.
ALTER TABLE posts ADD COLUMN body_hash TEXT;

-- Another writer (the sqlite3 shell, an older tool) that changes a body without its fingerprint leaves a stale
-- one, which would make an export keep the old page: it becomes unknown instead.
CREATE TRIGGER posts_body_hash_stale AFTER UPDATE OF body ON posts
WHEN new.body_hash IS old.body_hash AND new.body IS NOT old.body BEGIN
    UPDATE posts SET body_hash = NULL WHERE id = new.id;
END;

-- A version per post that grows whenever anything an export shows of it changes: the post's row, its tag list or
-- the names of its tags. It lives apart from posts because every column of posts after the body sits behind the
-- body's overflow pages; this table reads in a few milliseconds. Versions come from one library-wide counter, so
-- a new post that reuses a deleted post's id never repeats an (id, version) a reader may still hold.
-- Only the triggers below write either table, so no writer can forget.
CREATE TABLE post_versions (
    post_id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL
);
CREATE TABLE version_counter (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
);
INSERT INTO version_counter (id, value) VALUES (1, 1);
INSERT INTO post_versions (post_id, version) SELECT id, 1 FROM posts;

-- A post's own row: inserting it makes its version row, any update moves it on.
CREATE TRIGGER posts_version_insert AFTER INSERT ON posts BEGIN
    UPDATE version_counter SET value = value + 1 WHERE id = 1;
    INSERT INTO post_versions (post_id, version) VALUES (new.id, (SELECT value FROM version_counter WHERE id = 1))
    ON CONFLICT (post_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER posts_version_update AFTER UPDATE ON posts BEGIN
    UPDATE version_counter SET value = value + 1 WHERE id = 1;
    INSERT INTO post_versions (post_id, version) VALUES (new.id, (SELECT value FROM version_counter WHERE id = 1))
    ON CONFLICT (post_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER posts_version_reid AFTER UPDATE OF id ON posts WHEN new.id IS NOT old.id BEGIN
    DELETE FROM post_versions WHERE post_id = old.id;
END;
-- Deleting a post cascades to its post_tags rows first; their triggers below only update an existing version
-- row, so they never bring back the row this trigger removes, whatever order SQLite runs them in.
CREATE TRIGGER posts_version_delete AFTER DELETE ON posts BEGIN
    DELETE FROM post_versions WHERE post_id = old.id;
END;

-- The post's tag list (which tags, and their order).
CREATE TRIGGER post_tags_version_insert AFTER INSERT ON post_tags BEGIN
    UPDATE version_counter SET value = value + 1 WHERE id = 1;
    UPDATE post_versions SET version = (SELECT value FROM version_counter WHERE id = 1) WHERE post_id = new.post_id;
END;
CREATE TRIGGER post_tags_version_delete AFTER DELETE ON post_tags BEGIN
    UPDATE version_counter SET value = value + 1 WHERE id = 1;
    UPDATE post_versions SET version = (SELECT value FROM version_counter WHERE id = 1) WHERE post_id = old.post_id;
END;
CREATE TRIGGER post_tags_version_update AFTER UPDATE ON post_tags BEGIN
    UPDATE version_counter SET value = value + 1 WHERE id = 1;
    UPDATE post_versions SET version = (SELECT value FROM version_counter WHERE id = 1)
    WHERE post_id IN (old.post_id, new.post_id);
END;

-- A tag's name or slug shows on every post that carries it; names compare NOCASE, but a change of case shows too.
CREATE TRIGGER tags_version_rename AFTER UPDATE OF name, slug ON tags
WHEN new.name IS NOT old.name COLLATE BINARY OR new.slug IS NOT old.slug BEGIN
    UPDATE version_counter SET value = value + 1 WHERE id = 1;
    UPDATE post_versions SET version = (SELECT value FROM version_counter WHERE id = 1)
    WHERE post_id IN (SELECT post_id FROM post_tags WHERE tag_id = new.id);
END;

-- The index in date order (PostSort.PUBLISHED) as an index of its own, so listing its ids never visits the rows.
CREATE INDEX posts_by_date ON posts (trashed, COALESCE(published_at, created_at));
