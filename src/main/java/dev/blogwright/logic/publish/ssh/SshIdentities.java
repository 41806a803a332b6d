package dev.blogwright.logic.publish.ssh;

import dev.blogwright.logic.publish.PublishException;
import dev.blogwright.logic.publish.PublishException.Problem;
import dev.blogwright.logic.publish.TargetAccess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client keys offered to an SSH server: the target's own key file, or else OpenSSH's default keys in the user's
 * {@code ~/.ssh} (id_ed25519, id_ecdsa, id_rsa), in that order. An encrypted key is opened with the target's password
 * as its passphrase. The ssh-agent's keys are offered besides the default keys, by {@link UnixSocketAgentFactory}.
 */
public final class SshIdentities {
    private static final Logger LOG = LoggerFactory.getLogger(SshIdentities.class);
    static final List<String> DEFAULT_KEYS = List.of("id_ed25519", "id_ecdsa", "id_rsa");

    private SshIdentities() {
    }

    /**
     * Loads the keys to offer.
     *
     * @param sshDir the user's {@code ~/.ssh}
     * @throws PublishException AUTHENTICATION when the target's key file is missing, unreadable or its passphrase is
     *     wrong (a default key that cannot be opened is skipped, as ssh does)
     */
    public static List<KeyPair> load(TargetAccess access, Path sshDir) throws PublishException {
        if (access.keyFile() != null) {
            return read(access.keyFile(), access.password(), true);
        }
        List<KeyPair> keys = new ArrayList<>();
        for (String name : DEFAULT_KEYS) {
            Path file = sshDir.resolve(name);
            if (Files.isRegularFile(file)) {
                keys.addAll(read(file, access.password(), false));
            }
        }
        return keys;
    }

    private static List<KeyPair> read(Path file, char[] passphrase, boolean mustLoad) throws PublishException {
        FilePasswordProvider passwords = passphrase == null
                ? FilePasswordProvider.EMPTY : FilePasswordProvider.of(new String(passphrase));
        try (InputStream in = Files.newInputStream(file)) {
            Iterable<KeyPair> loaded = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(file.toString()),
                    in, passwords);
            List<KeyPair> keys = new ArrayList<>();
            if (loaded != null) {
                loaded.forEach(keys::add);
            }
            if (keys.isEmpty() && mustLoad) {
                throw new PublishException(Problem.AUTHENTICATION, "No private key in " + file, null);
            }
            return keys;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            if (e instanceof PublishException p) {
                throw p;
            }
            if (!mustLoad) {
                LOG.warn("Skipping the key {} that cannot be opened", file, e);
                return List.of();
            }
            LOG.warn("Cannot open the key {}", file, e);
            String why = passphrase == null ? "is it protected by a passphrase?" : "is the passphrase right?";
            throw new PublishException(Problem.AUTHENTICATION, "Cannot open the key " + file + " (" + why + ")", e);
        }
    }
}
