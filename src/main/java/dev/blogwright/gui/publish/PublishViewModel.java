package dev.blogwright.gui.publish;

import dev.blogwright.app.Deployment;
import dev.blogwright.app.Publishing;
import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.gui.common.WorkStatus;
import dev.blogwright.logic.publish.DeployOptions;
import dev.blogwright.logic.publish.DeployPlan;
import dev.blogwright.logic.publish.DeployRecord;
import dev.blogwright.logic.publish.DeployReport;
import dev.blogwright.logic.publish.DeployTarget;
import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Publish dialog's state: the targets and the one being edited, the plan of a dry run, a deploy's progress
 * with cancel, its summary, and the selected target's history. Talks to the library only through
 * {@link Publishing}, on the {@link UiExecutor}.
 */
public final class PublishViewModel {
    private static final int HISTORY_ROWS = 50;

    private final Publishing publishing;
    private final DialogService dialogs;
    private final UiExecutor exec;
    private final Executor fx;
    private final Function<String, Optional<char[]>> askPassword;
    private final ObservableList<DeployTarget> targets = FXCollections.observableArrayList();
    private final ObservableList<DeployRecord> history = FXCollections.observableArrayList();
    private final ObjectProperty<DeployTarget> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty keyFile = new SimpleStringProperty("");
    private final StringProperty passwordEnv = new SimpleStringProperty("");
    private final StringProperty maxDeletes = new SimpleStringProperty("25");
    private final WorkStatus work = new WorkStatus();
    private final ReadOnlyStringWrapper plan = new ReadOnlyStringWrapper("");
    private final BooleanBinding canDeploy = work.runningProperty().not().and(selected.isNotNull());
    private volatile AtomicBoolean cancelled = new AtomicBoolean();
    private char[] password;

    /**
     * @param askPassword asks for the password of a target that refused the deploy, given the refusal's line
     * @param fx runs progress updates on the FX thread (tests pass a direct executor)
     */
    public PublishViewModel(Publishing publishing, DialogService dialogs, UiExecutor exec, Executor fx,
            Function<String, Optional<char[]>> askPassword) {
        this.publishing = publishing;
        this.dialogs = dialogs;
        this.exec = exec;
        this.fx = fx;
        this.askPassword = askPassword;
        selected.addListener((o, was, now) -> show(now));
        reload(null);
    }

    private void reload(String select) {
        exec.read(() -> publishing.targets().all(), all -> {
            targets.setAll(all);
            DeployTarget pick = all.stream().filter(t -> t.name().equalsIgnoreCase(select == null ? "" : select))
                    .findFirst().orElse(all.isEmpty() ? null : all.get(0));
            selected.set(pick);
            show(pick);
        }, e -> dialogs.showError("The deploy targets could not be read: " + e.getMessage(), e));
    }

    private void show(DeployTarget t) {
        name.set(t == null ? "" : t.name());
        url.set(t == null ? "" : t.url());
        keyFile.set(t == null || t.keyFile() == null ? "" : t.keyFile());
        passwordEnv.set(t == null || t.passwordEnv() == null ? "" : t.passwordEnv());
        maxDeletes.set(Long.toString(Math.round((t == null ? DeployPlan.DEFAULT_MAX_DELETE_SHARE : t.maxDeleteShare())
                * 100)));
        plan.set("");
        password = null;
        refreshHistory(t);
    }

    private void refreshHistory(DeployTarget t) {
        if (t == null) {
            history.clear();
        } else {
            exec.read(() -> publishing.targets().history(t.name(), HISTORY_ROWS), history::setAll,
                    e -> history.clear());
        }
    }

    /** Clears the editor for a new target. */
    public void newTarget() {
        selected.set(null);
        show(null);
        work.say("Name the target and give its URL, then Save.");
    }

    /** Saves the editor's target (new, or the selected one changed). */
    public void saveTarget() {
        DeployTarget target;
        try {
            double share = Double.parseDouble(maxDeletes.get().strip().replace("%", "")) / 100;
            DeployTarget was = selected.get();
            target = new DeployTarget(name.get(), url.get(), keyFile.get(), passwordEnv.get(),
                    was != null && was.url().equals(url.get().strip()) ? was.hostKey() : null, share);
        } catch (NumberFormatException e) {
            work.say("The share of deletes is a number of percent, e.g. 25.");
            return;
        }
        DeployTarget was = selected.get();
        exec.write(() -> {
            DeployTarget saved = publishing.targets().save(target);
            if (was != null && !was.name().equalsIgnoreCase(saved.name())) {
                publishing.targets().remove(was.name());
            }
            return saved;
        }, saved -> {
            work.say("Saved target " + saved.name() + ".");
            reload(saved.name());
        }, e -> work.say(e instanceof IllegalArgumentException ? e.getMessage() : "Not saved: " + e.getMessage()));
    }

    public void removeTarget() {
        DeployTarget t = selected.get();
        if (t == null || !dialogs.confirm("Remove target", "Remove the target " + t.name() + " and its history? "
                + "The files on it stay as they are.")) {
            return;
        }
        exec.write(() -> publishing.targets().remove(t.name()), removed -> {
            work.say("Removed target " + t.name() + ".");
            reload(null);
        }, e -> dialogs.showError("The target could not be removed: " + e.getMessage(), e));
    }

    /** "Test connection": opens and closes the target. */
    public void testConnection() {
        DeployTarget t = selected.get();
        if (t == null) {
            return;
        }
        work.busy("Connecting to " + t.url() + "…");
        exec.read(() -> {
            try {
                publishing.testConnection(t, password);
                return t;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, ok -> work.idle("The connection to " + t.name() + " works."), e -> {
            work.idle(null);
            failed(e, false);
        });
    }

    /** Exports and plans without touching the target, and shows the plan. */
    public void preview() {
        run(DeployOptions.defaults().withDryRun(true));
    }

    public void publish() {
        run(DeployOptions.defaults());
    }

    private void run(DeployOptions base) {
        DeployTarget t = selected.get();
        if (t == null || work.isRunning()) {
            return;
        }
        AtomicBoolean flag = new AtomicBoolean();
        cancelled = flag;
        DeployOptions options = base.withCancelled(flag::get).withProgress((files, total, bytes, totalBytes, current) ->
                // Nothing to send is all of it sent: a full bar, not an endless one.
                fx.execute(() -> work.step(total == 0 ? 1 : files, total == 0 ? 1 : total,
                        "Sent " + files + " of " + total + " files…")));
        work.start(base.dryRun() ? "Exporting and comparing…" : "Exporting, then publishing…");
        Deployment request = Deployment.toTarget(t.name(), options).withPassword(password);
        exec.read(() -> {
            try {
                return publishing.deploy(request);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, report -> finished(t, report), e -> {
            work.stop(null);
            failed(e, !base.dryRun());
        });
    }

    private void finished(DeployTarget t, DeployReport report) {
        work.finish((report.dryRun() ? "Preview: " : "Published to " + t.name() + ": ") + report.line() + ".");
        plan.set(report.dryRun() ? String.join("\n", report.plan().preview(20)) : "");
        refreshHistory(t);
    }

    private void failed(Throwable e, boolean deploying) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (!(cause instanceof PublishException p)) {
            work.say("Not published.");
            dialogs.showError(cause instanceof IllegalArgumentException ? cause.getMessage()
                    : "Publishing failed: " + cause.getMessage(), cause);
            return;
        }
        refreshHistory(selected.get());
        if (p.problem() == Problem.CANCELLED) {
            work.say(p.getMessage() + ".");
        } else if (p.problem() == Problem.AUTHENTICATION && password == null) {
            Optional<char[]> given = askPassword.apply(p.getMessage());
            work.say(given.isPresent() ? "Password given; try again." : p.getMessage());
            given.ifPresent(pw -> password = pw);
        } else if (deploying && p.problem() == Problem.REJECTED && p.getMessage().startsWith("Refusing to delete")
                && dialogs.confirm("Delete files on the target?", p.getMessage().replace("; confirm to go ahead",
                        ". Go ahead and delete them?"))) {
            run(DeployOptions.defaults().withConfirmDeletes(true));
        } else if (p.problem() == Problem.HOST_KEY_UNKNOWN && p.fingerprint() != null
                && dialogs.confirm("Trust this server?", p.getMessage() + "\nIts key is " + p.fingerprint()
                        + ". Trust it from now on?")) {
            DeployTarget t = selected.get().withHostKey(p.fingerprint());
            exec.write(() -> publishing.targets().save(t), saved -> work.say("Host key trusted; try again."),
                    err -> dialogs.showError("The host key could not be saved: " + err.getMessage(), err));
        } else {
            work.say(p.getMessage());
            dialogs.showError(p.getMessage(), p);
        }
    }

    public void cancel() {
        cancelled.set(true);
    }

    public ObservableList<DeployTarget> targets() {
        return targets;
    }

    public ObservableList<DeployRecord> history() {
        return history;
    }

    public ObjectProperty<DeployTarget> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty keyFileProperty() {
        return keyFile;
    }

    public StringProperty passwordEnvProperty() {
        return passwordEnv;
    }

    public StringProperty maxDeletesProperty() {
        return maxDeletes;
    }

    /** Whether it runs, how far it is, and its message, for the dialog's bar and buttons. */
    public WorkStatus work() {
        return work;
    }

    public ReadOnlyStringProperty planProperty() {
        return plan.getReadOnlyProperty();
    }

    public BooleanBinding canDeployBinding() {
        return canDeploy;
    }
}
