-- Schema version 5 (sync, issue 19). V4 (deploy targets) and V6 (dictionary) come from other branches.
-- A revision with a conflict is the other side's version of a post that changed the same lines on both sides: the
-- text holds that version's whole file as the repository has it, so every library of the blog names it alike. A
-- post is flagged while it has one; resolving sets it back to NULL and the revision stays as ordinary history.
ALTER TABLE revisions ADD COLUMN conflict TEXT;
CREATE INDEX revisions_with_conflict ON revisions (post_id) WHERE conflict IS NOT NULL;

-- What sync remembers: the remote's URL, the commit the library last matched (so what changed here since is known).
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
