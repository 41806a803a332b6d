/**
 * Sync of a library through a Git repository of its text form: commit what changed here, fetch, merge three-way
 * (post by post, front matter key by key), bring what others changed back into the library, push.
 * <p>
 * Posts and categories are matched by a shared id (schema V10; {@code blogwright.id} in a post's file, {@code id} in
 * blog.yaml), not by path or name: a rename on one side and an edit on the other is one post. A post renamed
 * differently on both sides takes the slug that sorts first on every computer; the other side's file, with its slug,
 * stays as a conflict version and the post is flagged. What is shared is each computer's choice
 * ({@link dev.blogwright.logic.sync.DraftSharing}).
 */
package dev.blogwright.logic.sync;
