package dev.blogwright.app;

import com.github.javakeyring.Keyring;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploy passwords in the operating system's keyring (Secret Service, Keychain, Credential Manager), one entry per
 * target URL. Where there is none (a server without a desktop session, a locked keyring) every call quietly does
 * nothing and the caller asks the user instead. A password never goes to the log, only that the keyring failed.
 */
public final class DeploySecrets {
    static final String SERVICE = "Blogwright deploy";
    private static final Logger LOG = LoggerFactory.getLogger(DeploySecrets.class);

    /** The keyring's password for {@code url}, or empty when it has none or there is no keyring. */
    public Optional<char[]> find(String url) {
        try (Keyring keyring = Keyring.create()) {
            String password = keyring.getPassword(SERVICE, url);
            return password == null || password.isEmpty() ? Optional.empty() : Optional.of(password.toCharArray());
        } catch (Exception | LinkageError e) {
            LOG.info("No password from the keyring for a deploy target ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Keeps {@code password} for {@code url}; false when there is no keyring to keep it in. */
    public boolean save(String url, char[] password) {
        try (Keyring keyring = Keyring.create()) {
            keyring.setPassword(SERVICE, url, new String(password));
            return true;
        } catch (Exception | LinkageError e) {
            LOG.info("The keyring could not keep a deploy password ({})", e.getClass().getSimpleName());
            return false;
        }
    }

    /** Forgets the password of {@code url}, when there is a keyring and it has one. */
    public void forget(String url) {
        try (Keyring keyring = Keyring.create()) {
            keyring.deletePassword(SERVICE, url);
        } catch (Exception | LinkageError e) {
            LOG.debug("No keyring entry removed ({})", e.getClass().getSimpleName());
        }
    }
}
