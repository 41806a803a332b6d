package dev.blogwright.app;

import dev.blogwright.logic.publish.DeployOptions;
import java.nio.file.Path;

/**
 * One deploy as asked for: to a named target or to a URL, from an export into {@code out} (null: the library's own
 * bundle folder), with or without drafts.
 *
 * @param password a password given for this deploy (an environment variable, a prompt), or null to use the
 *     target's variable or the keyring
 * @param acceptHostKey a {@code SHA256:…} host key fingerprint to trust from now on, or null
 */
public record Deployment(String target, String url, Path out, boolean drafts, DeployOptions options,
        char[] password, String acceptHostKey) {
    public static Deployment toTarget(String name, DeployOptions options) {
        return new Deployment(name, null, null, false, options, null, null);
    }

    public static Deployment toUrl(String url, DeployOptions options) {
        return new Deployment(null, url, null, false, options, null, null);
    }

    public Deployment withOut(Path folder) {
        return new Deployment(target, url, folder, drafts, options, password, acceptHostKey);
    }

    public Deployment withDrafts(boolean value) {
        return new Deployment(target, url, out, value, options, password, acceptHostKey);
    }

    public Deployment withPassword(char[] value) {
        return new Deployment(target, url, out, drafts, options, value, acceptHostKey);
    }

    public Deployment withAcceptHostKey(String value) {
        return new Deployment(target, url, out, drafts, options, password, value);
    }

    public Deployment withOptions(DeployOptions value) {
        return new Deployment(target, url, out, drafts, value, password, acceptHostKey);
    }

    @Override
    public String toString() {
        // A record prints every field; the password must never reach a log this way.
        return "Deployment[target=" + target + ", url=" + url + ", out=" + out + "]";
    }
}
