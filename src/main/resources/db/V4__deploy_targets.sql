-- Schema version 4: named deploy targets per blog (staging, production) and each target's deploy history.
-- No secret is ever stored here: passwords live in the OS keyring, an environment variable or a prompt.
CREATE TABLE deploy_targets (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    url              TEXT NOT NULL,
    key_file         TEXT,
    password_env     TEXT,
    host_key         TEXT,
    max_delete_share REAL NOT NULL DEFAULT 0.25 CHECK (max_delete_share >= 0 AND max_delete_share <= 1)
);

CREATE TABLE deploy_history (
    id        INTEGER PRIMARY KEY,
    target_id INTEGER NOT NULL REFERENCES deploy_targets(id) ON DELETE CASCADE,
    at        TEXT NOT NULL,
    uploaded  INTEGER NOT NULL,
    deleted   INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    ok        INTEGER NOT NULL CHECK (ok IN (0, 1)),
    result    TEXT NOT NULL
);
CREATE INDEX deploy_history_by_target ON deploy_history (target_id, id);
