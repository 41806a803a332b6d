package dev.blogwright.logic.publish.ssh;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether to trust a server's host key, as OpenSSH's {@code StrictHostKeyChecking yes} does plus one
 * fingerprint the user accepted for this target: a key listed for the host in known_hosts (plain or hashed entries)
 * or equal to the accepted fingerprint is trusted; a host listed with other keys only, or an accepted fingerprint
 * that no longer matches, is a changed key and never connected to; anything else is unknown.
 * The last refusal is kept so the caller can turn the library's "key rejected" into the right one-line error.
 */
public final class HostKeyCheck {
    private static final Logger LOG = LoggerFactory.getLogger(HostKeyCheck.class);

    /** What the check concluded. */
    public enum Verdict { TRUSTED, UNKNOWN, CHANGED }

    private final Path knownHosts;
    private final String trustedFingerprint;
    private volatile PublishException refusal;

    /**
     * @param knownHosts the known_hosts file (it may be absent)
     * @param trustedFingerprint the {@code SHA256:…} fingerprint the user accepted for this target, or null
     */
    public HostKeyCheck(Path knownHosts, String trustedFingerprint) {
        this.knownHosts = knownHosts;
        this.trustedFingerprint = trustedFingerprint == null || trustedFingerprint.isBlank()
                ? null : trustedFingerprint.strip();
    }

    /** The fingerprint as {@code ssh-keygen -lf} prints it. */
    public static String fingerprint(PublicKey key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
    }

    /** Checks a key and remembers a refusal for {@link #refusal()}; true when the connection may go on. */
    public boolean accept(String host, int port, PublicKey key) {
        Verdict verdict = verdict(host, port, key);
        String fp = fingerprint(key);
        LOG.info("Host key of {}:{} is {}: {}", host, port, fp, verdict);
        refusal = switch (verdict) {
            case TRUSTED -> null;
            case UNKNOWN -> new PublishException(Problem.HOST_KEY_UNKNOWN, "The host key of " + host
                    + " is not known yet; its fingerprint is " + fp + ". Accept it only if it is the server's.",
                    fp, null);
            case CHANGED -> new PublishException(Problem.HOST_KEY_CHANGED, "The host key of " + host
                    + " has CHANGED (now " + fp + "); not connecting. Check with the host before trusting it.",
                    fp, null);
        };
        return verdict == Verdict.TRUSTED;
    }

    /** The refusal of the last {@link #accept} call, or null when the key was trusted (or none was checked). */
    public PublishException refusal() {
        return refusal;
    }

    public Verdict verdict(String host, int port, PublicKey key) {
        boolean hostListed = false;
        for (KnownHostEntry entry : entries()) {
            if (entry.getMarker() != null && !"revoked".equals(entry.getMarker()) || !entry.isHostMatch(host, port)) {
                continue; // @cert-authority lines name a CA, not the host's own key
            }
            PublicKey listed = keyOf(entry);
            if (listed == null) {
                continue;
            }
            if ("revoked".equals(entry.getMarker())) {
                if (KeyUtils.compareKeys(listed, key)) {
                    return Verdict.CHANGED;
                }
                continue;
            }
            hostListed = true;
            if (KeyUtils.compareKeys(listed, key)) {
                return Verdict.TRUSTED;
            }
        }
        if (hostListed) {
            return Verdict.CHANGED;
        }
        if (trustedFingerprint != null) {
            return trustedFingerprint.equals(fingerprint(key)) ? Verdict.TRUSTED : Verdict.CHANGED;
        }
        return Verdict.UNKNOWN;
    }

    private List<KnownHostEntry> entries() {
        if (knownHosts == null || !Files.isRegularFile(knownHosts)) {
            return List.of();
        }
        try {
            return KnownHostEntry.readKnownHostEntries(knownHosts);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read {}; treating it as empty", knownHosts, e);
            return List.of();
        }
    }

    private static PublicKey keyOf(KnownHostEntry entry) {
        AuthorizedKeyEntry keyEntry = entry.getKeyEntry();
        try {
            return keyEntry == null ? null : keyEntry.resolvePublicKey(null, PublicKeyEntryResolver.IGNORING);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.debug("Skipping a known_hosts key of a type this client cannot read", e);
            return null;
        }
    }
}
