-- Schema version 7: a word-count goal per post (issue 23). A table of its own rather than a column of posts, so
-- the post rows and their record stay as they are; the goal goes when its post is deleted for good.
CREATE TABLE IF NOT EXISTS post_goals (
    post_id INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
    words   INTEGER NOT NULL CHECK (words > 0)
);
