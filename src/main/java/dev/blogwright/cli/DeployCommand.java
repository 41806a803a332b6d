package dev.blogwright.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blogwright.app.DeployLibrary;
import dev.blogwright.app.Deployment;
import dev.blogwright.app.Publishing;
import dev.blogwright.logic.publish.DeployOptions;
import dev.blogwright.logic.publish.DeployReport;
import dev.blogwright.logic.publish.DeployTarget;
import dev.blogwright.logic.publish.PublishException;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = "Export the blog incrementally, then send only what changed to a target; deletions and the "
                + "target's manifest go last, so a cut-off deploy leaves a whole site.")
final class DeployCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;
    @Option(names = "--target", paramLabel = "NAME", description = "A target added with 'target add'.")
    String target;
    @Option(names = "--to", paramLabel = "URL", description = "Deploy to a URL that is not a named target.")
    String to;
    @Option(names = "--dry-run", description = "Show what would be sent and deleted; change nothing on the target.")
    boolean dryRun;
    @Option(names = "--verify", description = "List the remote files and send again what is missing or differs.")
    boolean verify;
    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;
    @Option(names = "--drafts", description = "Include drafts and scheduled posts.")
    boolean drafts;
    @Option(names = "--out", paramLabel = "DIR", description = "The export folder (default: beside the library).")
    Path out;
    @Option(names = "--password-env", paramLabel = "VAR", description = "Read the password from this variable.")
    String passwordEnv;
    @Option(names = "--accept-host-key", paramLabel = "SHA256:…",
            description = "Trust this SSH host key fingerprint (as a failed deploy printed it) from now on.")
    String acceptHostKey;
    @Option(names = "--yes", description = "Go ahead even if the deploy deletes more than the target allows.")
    boolean yes;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (target != null && to != null) {
            throw new CliException("Give either --target NAME or --to URL, not both");
        }
        char[] password = null;
        if (passwordEnv != null) {
            String value = System.getenv(passwordEnv);
            if (value == null) {
                throw new CliException("The environment variable " + passwordEnv + " is not set");
            }
            password = value.toCharArray();
        }
        Publishing.prepareForDeploy();
        CliProgress progress = new CliProgress(spec.commandLine().getErr(), "Files");
        DeployOptions options = DeployOptions.defaults().withDryRun(dryRun).withVerify(verify).withConfirmDeletes(yes)
                .withProgress((files, total, bytes, totalBytes, current) -> progress.report(files, total));
        // Only a named target's deploy writes to the library: its history (not for a dry run), a host key accepted.
        boolean writes = to == null && (!dryRun || acceptHostKey != null);
        try (DeployLibrary libraries = DeployLibrary.open(library.path(), writes)) {
            Publishing publishing = Publishing.forOneDeploy(libraries);
            String name = target != null || to != null ? target : onlyTarget(publishing.targets().all());
            Deployment request = (name != null ? Deployment.toTarget(name, options) : Deployment.toUrl(to, options))
                    .withOut(out).withDrafts(drafts).withPassword(password).withAcceptHostKey(acceptHostKey);
            DeployReport report = deployAskingOnce(publishing, request);
            print(report, name != null ? name : to);
        } catch (PublishException e) {
            throw new CliException(line(e));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        } catch (IOException e) {
            throw new CliException("Deploy failed: " + e.getMessage());
        }
        return 0;
    }

    /** Without credentials a target may refuse; at a terminal the password is asked for once and kept if wanted. */
    private DeployReport deployAskingOnce(Publishing publishing, Deployment request) throws IOException {
        try {
            return publishing.deploy(request);
        } catch (PublishException e) {
            Console console = System.console();
            if (e.problem() != PublishException.Problem.AUTHENTICATION || request.password() != null
                    || console == null) {
                throw e;
            }
            char[] password = console.readPassword("%s. Password: ", e.getMessage());
            if (password == null || password.length == 0) {
                throw e;
            }
            DeployReport report = publishing.deploy(request.withPassword(password));
            String url = request.url() != null ? request.url()
                    : publishing.targets().find(request.target()).map(DeployTarget::url).orElse(null);
            String keep = console.readLine("Keep the password in the keyring? [y/N] ");
            if (url != null && keep != null && keep.strip().equalsIgnoreCase("y") && !publishing.secrets()
                    .save(url, password)) {
                spec.commandLine().getErr().println("There is no keyring here; the password was not kept.");
            }
            return report;
        }
    }

    private static String onlyTarget(List<DeployTarget> targets) {
        if (targets.size() == 1) {
            return targets.get(0).name();
        }
        throw new CliException(targets.isEmpty()
                ? "No deploy target; add one with 'blogwright target add NAME --url URL' or give --to URL"
                : "Name a target with --target NAME (" + String.join(", ", targets.stream().map(DeployTarget::name)
                        .toList()) + ") or give --to URL");
    }

    private void print(DeployReport report, String where) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode node = mapper.createObjectNode().put("uploaded", report.uploaded()).put("deleted",
                    report.deleted()).put("unchanged", report.unchanged()).put("target", where);
            if (report.dryRun()) {
                node.put("dryRun", true);
                node.set("uploads", mapper.valueToTree(report.plan().uploads()));
                node.set("deletes", mapper.valueToTree(report.plan().deletes()));
            }
            stdout.println(mapper.writeValueAsString(node));
            return;
        }
        if (report.dryRun()) {
            report.plan().preview(10).forEach(stdout::println);
        }
        stdout.println(report.line());
    }

    /** The one line for a failure, with what to do about it where the command line has the switch. */
    static String line(PublishException e) {
        String message = e.getMessage();
        return switch (e.problem()) {
            case HOST_KEY_UNKNOWN -> message + (e.fingerprint() == null ? "" : "; if " + e.fingerprint()
                    + " is the server's key, run again with --accept-host-key " + e.fingerprint());
            case HOST_KEY_CHANGED -> message + (e.fingerprint() == null ? "" : " (the server now shows "
                    + e.fingerprint() + "); if you changed it, run again with --accept-host-key " + e.fingerprint());
            case REJECTED -> message.replace("confirm to go ahead", "run again with --yes to go ahead");
            default -> message;
        };
    }
}
