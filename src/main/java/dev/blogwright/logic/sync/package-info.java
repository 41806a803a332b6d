/**
 * Sync of a library through a Git repository of its text form: commit what changed here, fetch, merge three-way
 * (post by post, front matter key by key), bring what others changed back into the library, push.
 */
package dev.blogwright.logic.sync;
