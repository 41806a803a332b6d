package dev.blogwright.logic.importing;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an import did or, for a dry run, would do: one line per item plus notes. */
public record ImportReport(List<Line> lines, boolean dryRun, boolean cancelled) {
    public enum Kind { NEW, UPDATED, SKIPPED, ERROR, NOTE }

    /** {@code source} is the file (or export entry) the line is about. */
    public record Line(Kind kind, String source, String message) {
        public String toText() {
            return String.format(Locale.ROOT, "%-8s %s%s", kind.name().toLowerCase(Locale.ROOT), source,
                    message == null || message.isBlank() ? "" : " — " + message);
        }
    }

    public ImportReport {
        lines = List.copyOf(lines);
    }

    public long count(Kind kind) {
        return lines.stream().filter(l -> l.kind() == kind).count();
    }

    public long created() {
        return count(Kind.NEW);
    }

    public long updated() {
        return count(Kind.UPDATED);
    }

    public long skipped() {
        return count(Kind.SKIPPED);
    }

    public long errors() {
        return count(Kind.ERROR);
    }

    public List<Line> errorLines() {
        return lines.stream().filter(l -> l.kind() == Kind.ERROR).toList();
    }

    /** The report as the command line prints it: a summary, then every line. */
    public String toText() {
        String head = (dryRun ? "Dry run: would import " : "Imported ") + created() + " new, " + updated()
                + " updated, " + skipped() + " skipped, " + errors() + " errors" + (cancelled ? " (cancelled)" : "");
        return head + "\n" + lines.stream().map(Line::toText).collect(Collectors.joining("\n"))
                + (lines.isEmpty() ? "" : "\n");
    }
}
