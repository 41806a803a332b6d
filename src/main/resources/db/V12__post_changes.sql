-- Schema version 12 (sync, issue 19): which posts changed since the last sync, not only that something did, so a
-- one-post push reads one post. The versions of V2 come from one library-wide counter: the posts changed since a
-- moment are those whose version passed the counter's value then. Everything else that reaches the text form
-- (categories, settings, tags, goals, images, conflicts, a post deleted …) bumps a second marker, other_change_marker, through triggers made in Java (OtherChangeTriggers, from the tables the schema
-- has); a sync takes the fast path only while that marker stands where it was recorded. No index on the version:
-- the table is two integers a row (10,000 posts scan in a millisecond), and an index would be one more page written
-- by every save.
CREATE TABLE other_change_marker (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
);
INSERT INTO other_change_marker (id, value) VALUES (1, 0);

-- A post's shared id is in its file: giving it one (a new post, or a post synced in) moves the post's version, so the
-- post counts as changed like any other edit of its file.
CREATE TRIGGER post_uids_version_insert AFTER INSERT ON post_uids BEGIN
    UPDATE version_counter SET value = value + 1 WHERE id = 1;
    UPDATE post_versions SET version = (SELECT value FROM version_counter WHERE id = 1) WHERE post_id = new.post_id;
END;
CREATE TRIGGER post_uids_version_update AFTER UPDATE ON post_uids BEGIN
    UPDATE version_counter SET value = value + 1 WHERE id = 1;
    UPDATE post_versions SET version = (SELECT value FROM version_counter WHERE id = 1)
    WHERE post_id IN (old.post_id, new.post_id);
END;
