package dev.blogwright.hardening;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryImportTarget;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.importing.ImportOptions;
import dev.blogwright.logic.importing.ImportReport;
import dev.blogwright.logic.importing.ImportService;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Child process of {@link KillDuringWritingTest}: writes to a library as fast as it can (autosaves, bulk tag
 * edits, reorders, small imports) and prints {@code COMMITTED <n> <sha> <kind> <detail>} after each write returns,
 * so the parent knows what must survive a kill -9 at any moment.
 */
public final class CrashWriterMain {
    private CrashWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        Path library = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        Path imports = Path.of(args[2]);
        long start = Long.parseLong(args[3]);
        // One write(2) per line, ended by a marker: a kill can never leave a line that looks complete but is not.
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.WRITE)) {
            WriteLedger ledger = new WriteLedger(lib);
            say(out, "READY " + ProcessHandle.current().pid());
            for (long n = start; ; n++) {
                String line = switch (random.nextInt(10)) {
                    case 0, 1, 2, 3, 4 -> autosave(lib, ledger, n, random);
                    case 5, 6 -> bulkTag(lib, ledger, n, random);
                    case 7, 8 -> reorder(lib, ledger, n);
                    default -> importFiles(lib, ledger, n, imports);
                };
                say(out, "COMMITTED " + n + " " + line + " END");
            }
        }
    }

    private static void say(FileOutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String autosave(BlogLibrary lib, WriteLedger ledger, long n, Random random) {
        String body = WriteLedger.autosaveBody(n, random);
        lib.posts().autosave(ledger.autosaveId(), "Autosave " + n, body);
        return WriteLedger.sha(body) + " AUTOSAVE";
    }

    private static String bulkTag(BlogLibrary lib, WriteLedger ledger, long n, Random random) {
        List<Long> ids = new ArrayList<>(ledger.rotationIds());
        ids.removeIf(id -> random.nextBoolean());
        ids.add(ledger.autosaveId());
        String tag = "bulk-" + n;
        lib.organizer().addTag(ids, tag);
        return WriteLedger.sha(tag + ids) + " BULK " + tag + " " + String.join(",", ids.stream().map(String::valueOf).toList());
    }

    /** Moves the last of the rotation posts to the top: the order after k moves is the rotation by k. */
    private static String reorder(BlogLibrary lib, WriteLedger ledger, long n) {
        List<Long> order = ledger.rotationOrder();
        lib.organizer().move(order.get(order.size() - 1), null, order.get(0));
        int rotation = WriteLedger.rotationOf(ledger.rotationOrder(), ledger.rotationIds());
        return WriteLedger.sha("rotation " + rotation) + " REORDER " + rotation;
    }

    private static String importFiles(BlogLibrary lib, WriteLedger ledger, long n, Path root) throws Exception {
        Path dir = root.resolve("batch-" + n);
        Files.createDirectories(dir);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String body = "Imported " + n + "/" + i + " with ünïcödé and a list:\n\n- one\n- two\n";
            bodies.add(body);
            Files.writeString(dir.resolve("imp-" + n + "-" + i + ".md"),
                    "---\ntitle: \"Import " + n + " " + i + "\"\ntags: [imported]\n---\n" + body);
        }
        ImportReport report = new ImportService(new LibraryImportTarget(lib), Clock.systemUTC())
                .run(List.of(dir), ImportOptions.defaults(), (done, total, name) -> { }, () -> false);
        if (report.errors() > 0 || report.created() != 3) {
            throw new IllegalStateException("import failed: " + report.lines());
        }
        return WriteLedger.sha(String.join("|", bodies)) + " IMPORT " + n;
    }
}
