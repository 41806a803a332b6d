package dev.blogwright.logic.publish;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules of named targets: a short plain name, a URL of a kind the product deploys to, no secret in it. */
public final class DeployTargets {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,39}");
    private static final Pattern ENV = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern FINGERPRINT = Pattern.compile("SHA256:[A-Za-z0-9+/]{43}=?");

    private final TargetRepository repository;
    private final RemoteSites sites;

    public DeployTargets(TargetRepository repository, RemoteSites sites) {
        this.repository = repository;
        this.sites = sites;
    }

    public List<DeployTarget> all() {
        return repository.all();
    }

    public Optional<DeployTarget> find(String name) {
        return repository.find(name);
    }

    /** Checks and saves a target; bad input is an {@link IllegalArgumentException} with a message for the user. */
    public DeployTarget save(DeployTarget given) {
        DeployTarget target = new DeployTarget(given.name(), given.url(), blankToNull(given.keyFile()),
                blankToNull(given.passwordEnv()), blankToNull(given.hostKey()), given.maxDeleteShare());
        if (target.name() == null || !NAME.matcher(target.name().strip()).matches()) {
            throw new IllegalArgumentException("A target name is 1 to 40 letters, digits, spaces, dots, dashes or "
                    + "underscores, starting with a letter or digit");
        }
        TargetUrl url = TargetUrl.parse(target.url() == null ? "" : target.url());
        sites.factoryFor(url);
        if (target.passwordEnv() != null && !ENV.matcher(target.passwordEnv()).matches()) {
            throw new IllegalArgumentException("Not an environment variable name: " + target.passwordEnv());
        }
        if (target.hostKey() != null && !FINGERPRINT.matcher(target.hostKey()).matches()) {
            throw new IllegalArgumentException("A host key fingerprint looks like SHA256:… (43 characters of base64)");
        }
        if (!(target.maxDeleteShare() >= 0 && target.maxDeleteShare() <= 1)) {
            throw new IllegalArgumentException("The share of files a deploy may delete is between 0 and 100 %");
        }
        DeployTarget clean = new DeployTarget(target.name().strip(), target.url().strip(), target.keyFile(),
                target.passwordEnv(), target.hostKey(), target.maxDeleteShare());
        repository.save(clean);
        return clean;
    }

    public boolean remove(String name) {
        return repository.remove(name);
    }

    public void record(DeployRecord record) {
        repository.addRecord(record);
    }

    public List<DeployRecord> history(String name, int limit) {
        return repository.history(name, limit);
    }

    /** True for a fingerprint as {@code --accept-host-key} takes it. */
    public static boolean isFingerprint(String text) {
        return text != null && FINGERPRINT.matcher(text).matches();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
