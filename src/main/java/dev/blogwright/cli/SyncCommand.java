package dev.blogwright.cli;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.logic.sync.SyncReport;
import dev.blogwright.logic.sync.SyncService;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Sync the library through its Git repository: commit, fetch, merge, bring in, push.")
final class SyncCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;
    @Option(names = "--json", description = "Print {\"pulled\":P,\"pushed\":Q,\"conflicts\":C}.")
    boolean json;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return run(library, json, spec, SyncService::sync);
    }

    static int run(LibraryOptions library, boolean json, CommandSpec spec, Function<SyncService, SyncReport> work) {
        SyncReport report;
        try (BlogLibrary lib = library.openForWriting()) {
            report = work.apply(LibraryTexts.sync(lib));
        }
        if (json) {
            var o = PostViews.json().createObjectNode();
            o.put("pulled", report.pulled());
            o.put("pushed", report.pushed());
            o.put("conflicts", report.conflicts());
            spec.commandLine().getOut().println(o.toString());
        } else {
            spec.commandLine().getOut().println(report.summary());
        }
        return 0;
    }

    /** A method, not a class: every command class is one of BlogwrightCommand.COMMANDS. */
    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Attach the library to a Git repository (file://, ssh://, https://) and sync: an empty"
                    + " repository gets the library, an empty library takes the repository, else they merge.")
    int init(@Mixin LibraryOptions initLibrary, @Parameters(paramLabel = "URL") String url,
             @Option(names = "--json", description = "Print {\"pulled\":P,\"pushed\":Q,\"conflicts\":C}.")
             boolean initJson) {
        return run(initLibrary, initJson, spec, s -> s.init(url));
    }

    /** {@code sync share-drafts [yes|no]}: this computer's choice, kept in the library, never synced. */
    @Command(name = "share-drafts", mixinStandardHelpOptions = true,
            description = "Show or set whether this library's drafts go to the repository (yes by default). With no,"
                    + " drafts stay on this computer: a sync does not push them, and a pull neither deletes nor"
                    + " overwrites them; a draft published later is shared from its next sync on.")
    int shareDrafts(@Mixin LibraryOptions settingLibrary,
                    @Parameters(paramLabel = "yes|no", arity = "0..1", description = "The new setting.") String value) {
        if (value == null) {
            try (BlogLibrary lib = settingLibrary.openForReading()) {
                spec.commandLine().getOut().println("share-drafts: " + yesNo(LibraryTexts.sync(lib).sharesDrafts()));
            }
            return 0;
        }
        boolean share = switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "on" -> true;
            case "no", "false", "off" -> false;
            default -> throw new CliException("share-drafts takes yes or no, not '" + value + "'");
        };
        try (BlogLibrary lib = settingLibrary.openForWriting()) {
            LibraryTexts.sync(lib).shareDrafts(share);
        }
        spec.commandLine().getOut().println("share-drafts: " + yesNo(share));
        return 0;
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}
