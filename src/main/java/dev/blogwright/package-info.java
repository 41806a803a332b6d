/**
 * Blogwright, an offline blog editor. {@code Launcher} starts the desktop app without arguments and the command line
 * with a command. Dependencies point one way: gui and cli use app, app wires store to logic, logic uses model;
 * LayeringTest enforces it.
 */
package dev.blogwright;
