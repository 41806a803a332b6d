-- Schema version 11 (sync, issue 19): a library-wide change marker. One counter that grows with every row written to
-- a table whose content reaches the library's text form (posts, tags, categories, settings, images …), so "has
-- anything changed since then?" is one read: a sync with no local edit skips reading the library, an export can
-- skip a library that did not change since its bundle. The triggers that bump it are made in Java
-- (ChangeTriggers) from the tables the schema has, so none is forgotten; tables that never reach the text form
-- (the sync's own bookkeeping, deploy targets and history, derived indexes) are listed there with the reason.
CREATE TABLE change_marker (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
);
INSERT INTO change_marker (id, value) VALUES (1, 0);
