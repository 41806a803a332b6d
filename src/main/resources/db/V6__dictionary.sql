-- Schema version 6: the writer's own spelling words, kept in the library so they travel with it. Per language
-- (the primary subtag: "en" serves en-US and en-GB alike), and per post for words ignored in that post only.
CREATE TABLE IF NOT EXISTS dictionary_words (
    language TEXT NOT NULL,
    word     TEXT NOT NULL,
    PRIMARY KEY (language, word)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS ignored_words (
    post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    word    TEXT NOT NULL,
    PRIMARY KEY (post_id, word)
) WITHOUT ROWID;
