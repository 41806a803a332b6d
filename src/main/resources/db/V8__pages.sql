-- Schema version 8: pages besides posts (issue 21). A page is a row of posts, so it shares the editor, the slug
-- namespace (posts.slug is UNIQUE), revisions and search; kind says which it is. parent_id is an optional parent
-- page, for menus and breadcrumbs only (a page's URL stays /<slug>/). Existing rows become posts.
ALTER TABLE posts ADD COLUMN kind TEXT NOT NULL DEFAULT 'post' CHECK (kind IN ('post', 'page'));
ALTER TABLE posts ADD COLUMN parent_id INTEGER REFERENCES posts(id) ON DELETE SET NULL;
CREATE INDEX posts_by_kind ON posts (kind, trashed, position);
