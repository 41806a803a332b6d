/** File ▸ Publish site…: the blog's deploy targets, a dry-run preview, a deploy with progress and cancel, the history. */
package dev.blogwright.gui.publish;
