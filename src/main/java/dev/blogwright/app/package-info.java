/**
 * The one door the two front ends use: {@code BlogLibrary} opens a library file and wires the SQL store to the
 * logic's services; export snapshots, the post cache and the version live here because both the app and the command
 * line need them.
 */
package dev.blogwright.app;
