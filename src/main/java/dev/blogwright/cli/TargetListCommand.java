package dev.blogwright.cli;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.app.Publishing;
import dev.blogwright.logic.publish.DeployRecord;
import dev.blogwright.logic.publish.DeployTarget;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the deploy targets with their last deploy.")
final class TargetListCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (BlogLibrary lib = BlogLibrary.open(library.path(), OpenMode.WRITE)) {
            Publishing publishing = Publishing.of(lib);
            List<DeployTarget> targets = publishing.targets().all();
            if (targets.isEmpty()) {
                out.println("No deploy targets; add one with 'blogwright target add NAME --url URL'.");
            }
            for (DeployTarget t : targets) {
                List<DeployRecord> last = publishing.targets().history(t.name(), 1);
                String when = last.isEmpty() ? "never deployed"
                        : "last " + last.get(0).at() + ": " + (last.get(0).ok() ? "" : "failed: ") + last.get(0).result();
                out.printf("%s\t%s\t%s%n", t.name(), t.url(), when);
            }
        }
        return 0;
    }
}
