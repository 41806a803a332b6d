/**
 * The FTP and FTPS target ({@code ftp://user@host:port/path}, {@code ftps://…} with explicit TLS), through Apache
 * Commons Net. Still what many shared hosts offer; the classes here keep a deploy over it safe: temporary names and
 * renames, full recursive listings, one reconnect after a dropped connection.
 */
package dev.blogwright.logic.publish.ftp;
