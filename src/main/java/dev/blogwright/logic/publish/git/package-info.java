/**
 * The Git deploy target: a branch (GitHub or GitLab Pages, {@code gh-pages}) of a repository reached over SSH, HTTPS
 * or a local path, through Eclipse JGit. A deploy builds one commit in a small bare cache of that branch and pushes it
 * in {@code finish}; a deploy that never gets there pushes nothing.
 */
package dev.blogwright.logic.publish.git;
