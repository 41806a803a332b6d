-- Schema version 3: the UTC offset a post's publication date was written with ("-04:00" of Jekyll's
-- "2013-09-06 22:02:41 -0400"), so it shows on the day its author wrote. published_at stays UTC text for sorting.
-- NULL (every post of an older library) means "in the blog's time zone" (the settings key timeZone).
ALTER TABLE posts ADD COLUMN published_offset TEXT;
