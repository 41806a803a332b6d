/**
 * Posts: PostService (create, save, trash, revisions), ordering and bulk edits (PostOrganizer), search queries and
 * slug rules.
 */
package dev.blogwright.logic.post;
