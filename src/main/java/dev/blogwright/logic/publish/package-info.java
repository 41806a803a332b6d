/**
 * Publishing: deploys an exported bundle to a web host (a folder, SFTP, S3-compatible storage, a Git branch, FTP).
 * {@link dev.blogwright.logic.publish.RemoteSite} is what every target offers; the plan that sends only what changed,
 * in an order that never leaves a half-updated site, is written once against it. Each target's client library lives
 * in a sub-package of its own.
 */
package dev.blogwright.logic.publish;
