-- Schema version 9: what sync remembers of each post's file (issue 19), so a sync writes and hashes only the posts
-- that changed. A row says: the post at this version, with this context (its category's name and the blog's time
-- zone, which the file shows but the version does not follow), was written as this blob at this path. Versions
-- come from the library-wide counter of V2, so a row never describes another state of the post than its own.
-- The rows are only facts about content: a stale one is never used, a missing one costs one export of the post.
CREATE TABLE IF NOT EXISTS sync_cache (
    post_id     INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    category_id INTEGER,
    context     TEXT NOT NULL,
    path        TEXT NOT NULL,
    blob        TEXT NOT NULL
);
