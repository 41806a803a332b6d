/**
 * The SFTP deploy target ({@code sftp://user@host:port/path}) over Apache MINA SSHD: uploads go to a temporary name
 * beside the file and are renamed over it, so a reader never sees half a page.
 */
package dev.blogwright.logic.publish.sftp;
