-- Schema version 1 of a Blogwright library. Times are ISO-8601 UTC text; flags are 0/1 integers.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE categories (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    slug        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    colour      TEXT NOT NULL DEFAULT '',
    position    REAL NOT NULL DEFAULT 0,
    parent_id   INTEGER REFERENCES categories(id) ON DELETE SET NULL
);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    slug TEXT NOT NULL UNIQUE
);

CREATE TABLE assets (
    id         INTEGER PRIMARY KEY,
    file_name  TEXT NOT NULL UNIQUE,
    sha256     TEXT NOT NULL UNIQUE,
    mime_type  TEXT NOT NULL,
    size       INTEGER NOT NULL,
    width      INTEGER NOT NULL DEFAULT 0,
    height     INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE posts (
    id                 INTEGER PRIMARY KEY,
    slug               TEXT NOT NULL UNIQUE,
    title              TEXT NOT NULL,
    body               TEXT NOT NULL,
    excerpt            TEXT,
    icon               TEXT NOT NULL DEFAULT '',
    category_id        INTEGER REFERENCES categories(id) ON DELETE SET NULL,
    status             TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'published')),
    featured           INTEGER NOT NULL DEFAULT 0 CHECK (featured IN (0, 1)),
    trashed            INTEGER NOT NULL DEFAULT 0 CHECK (trashed IN (0, 1)),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    published_at       TEXT,
    language           TEXT NOT NULL DEFAULT '',
    meta_title         TEXT NOT NULL DEFAULT '',
    meta_description   TEXT NOT NULL DEFAULT '',
    canonical_url      TEXT NOT NULL DEFAULT '',
    featured_image     TEXT NOT NULL DEFAULT '',
    featured_image_alt TEXT NOT NULL DEFAULT '',
    position           REAL NOT NULL,
    words              INTEGER NOT NULL DEFAULT 0,
    front_matter       TEXT NOT NULL DEFAULT '{}',
    source_path        TEXT
);
CREATE INDEX posts_by_position ON posts (trashed, position);
CREATE INDEX posts_by_published ON posts (trashed, published_at);
CREATE INDEX posts_by_category ON posts (category_id);
CREATE INDEX posts_by_source ON posts (source_path);

CREATE TABLE post_tags (
    post_id  INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (post_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX post_tags_by_tag ON post_tags (tag_id);

CREATE TABLE revisions (
    id         INTEGER PRIMARY KEY,
    post_id    INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    metadata   TEXT NOT NULL
);
CREATE INDEX revisions_by_post ON revisions (post_id, id);

-- Full-text index over the posts table itself (external content), kept in step by the triggers below.
CREATE VIRTUAL TABLE posts_fts USING fts5(
    title, excerpt, body,
    content = 'posts', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN
    INSERT INTO posts_fts (rowid, title, excerpt, body) VALUES (new.id, new.title, new.excerpt, new.body);
END;
CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
    INSERT INTO posts_fts (posts_fts, rowid, title, excerpt, body)
    VALUES ('delete', old.id, old.title, old.excerpt, old.body);
END;
-- Only text changes touch the index, so a reorder or a status flip stays a one-row write.
CREATE TRIGGER posts_fts_update AFTER UPDATE OF title, excerpt, body ON posts BEGIN
    INSERT INTO posts_fts (posts_fts, rowid, title, excerpt, body)
    VALUES ('delete', old.id, old.title, old.excerpt, old.body);
    INSERT INTO posts_fts (rowid, title, excerpt, body) VALUES (new.id, new.title, new.excerpt, new.body);
END;
