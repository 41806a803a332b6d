-- Schema version 10 (sync, issue 19): each post and category has an id of its own that every library of the blog
-- shares (written into its text form), so a slug or a name changed on one computer while the other edits the post
-- is one renamed post, not a deleted one and a new one. Library ids (posts.id) differ between computers; these do
-- not. A new row gets a random UUID from the triggers; a synced one takes the id its file names. Existing rows get
-- one derived from their slug/name in Java (V10Upgrade), so two libraries that already synced agree on it.
CREATE TABLE post_uids (
    post_id INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
    uid     TEXT NOT NULL
);
CREATE INDEX post_uids_by_uid ON post_uids (uid);

CREATE TABLE category_uids (
    category_id INTEGER PRIMARY KEY REFERENCES categories(id) ON DELETE CASCADE,
    uid         TEXT NOT NULL
);
CREATE INDEX category_uids_by_uid ON category_uids (uid);

CREATE TRIGGER post_uid_on_insert AFTER INSERT ON posts
BEGIN
    INSERT OR IGNORE INTO post_uids (post_id, uid) VALUES (new.id, lower(hex(randomblob(4)) || '-' || hex(randomblob(2))
        || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)
        || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))));
END;

CREATE TRIGGER category_uid_on_insert AFTER INSERT ON categories
BEGIN
    INSERT OR IGNORE INTO category_uids (category_id, uid) VALUES (new.id, lower(hex(randomblob(4)) || '-'
        || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
        || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))));
END;
