/**
 * The export's hall: {@code ExportService}, the one entry point of the app and the command line, with what they
 * pass and get back ({@code ExportRequest}, {@code ExportOptions}, {@code ExportFormat}, {@code ExportReport},
 * {@code ExportProgress}); the {@code Exporter} contract every kind of output implements and the {@code ExportRun}
 * it is handed; and what every output shares: which posts are public ({@code ExportSelection}), the rendered posts
 * and how they are rendered, each body once ({@code RenderedPost}, {@code PostRendering}, {@code Parallel}). Each
 * output and each part of the machinery has a room of its own below; the rooms depend on each other one way only
 * ({@code output} ← {@code cache} ← {@code bundle} ← {@code site}, {@code json}), which {@code LayeringTest} checks.
 */
package dev.blogwright.logic.export;
