package dev.blogwright.logic.importing;

import dev.blogwright.logic.importing.wordpress.WxrReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads what an import is given (Markdown sites and folders, ZIPs, Ghost and WordPress exports) into drafts, before
 * anything is written; what cannot be read becomes a report line, never an exception that stops the others.
 */
final class ImportInputs {
    private final long maxFileBytes;
    private final Instant now;
    private final ZoneId zone;
    /** Filled with category name → parent name from the exports that know a hierarchy (WordPress). */
    private final Map<String, String> categoryParents;

    ImportInputs(long maxFileBytes, Instant now, ZoneId zone, Map<String, String> categoryParents) {
        this.maxFileBytes = maxFileBytes;
        this.now = now;
        this.zone = zone;
        this.categoryParents = categoryParents;
    }

    /** Reads every input; refused files become error lines and are left out, notes become note lines. */
    List<PostDraft> read(List<Path> inputs, Path tmp, List<ImportReport.Line> lines) {
        SiteFolderScanner.Result found = new SiteFolderScanner(maxFileBytes, tmp).scan(inputs);
        found.problems().forEach(p -> lines.add(errorLine(p)));
        List<PostDraft> drafts = new ArrayList<>();
        MarkdownPostReader markdown = new MarkdownPostReader(maxFileBytes, now, zone);
        // Files are read and parsed on all cores; results keep the scan's order so reports stay stable.
        List<Object> read = found.markdown().parallelStream().map(file -> {
            try {
                return (Object) markdown.read(file);
            } catch (ImportException e) {
                return e;
            }
        }).toList();
        for (Object r : read) {
            if (r instanceof PostDraft draft) {
                drafts.add(draft);
            } else {
                lines.add(errorLine(((ImportException) r).getMessage()));
            }
        }
        GhostReader ghost = new GhostReader(maxFileBytes, now);
        for (Path export : found.ghostExports()) {
            try {
                drafts.addAll(ghost.read(export));
            } catch (ImportException e) {
                lines.add(errorLine(e.getMessage()));
            }
        }
        WxrReader wordpress = new WxrReader(maxFileBytes, now);
        for (Path export : found.wordpressExports()) {
            try {
                WxrReader.Result wxr = wordpress.read(export);
                drafts.addAll(wxr.drafts());
                lines.addAll(wxr.lines());
                categoryParents.putAll(wxr.categoryParents());
            } catch (ImportException e) {
                lines.add(errorLine(e.getMessage()));
            }
        }
        for (PostDraft d : drafts) {
            d.notes().forEach(n -> lines.add(new ImportReport.Line(ImportReport.Kind.NOTE, d.post().sourcePath(),
                    n.startsWith(d.post().sourcePath() + ": ") ? n.substring(d.post().sourcePath().length() + 2) : n)));
        }
        return drafts;
    }

    /** Messages read "source: what is wrong"; the report shows the two apart. */
    private static ImportReport.Line errorLine(String message) {
        int colon = message.indexOf(": ");
        return colon > 0
                ? new ImportReport.Line(ImportReport.Kind.ERROR, message.substring(0, colon), message.substring(colon + 2))
                : new ImportReport.Line(ImportReport.Kind.ERROR, "", message);
    }
}
