package dev.blogwright.logic.publish;

import java.nio.file.Path;

/**
 * How to get into a target besides its URL, gathered by the caller from the target's settings, the keyring, an
 * environment variable or a prompt. Never stored in the library file and never logged.
 *
 * @param password a password or token (FTP, Git over HTTPS, an SSH key's passphrase), or null
 * @param keyFile a private key file (SFTP, Git over SSH), or null for the keys in {@code ~/.ssh} and the ssh-agent
 * @param trustedHostKey the {@code SHA256:…} fingerprint the user accepted for this target, or null; a host whose key
 *     is neither in {@code ~/.ssh/known_hosts} nor this gives {@link PublishException.Problem#HOST_KEY_UNKNOWN}
 * @param accessKeyId S3 access key id, or null for the AWS default chain (environment, profile)
 * @param secretKey S3 secret key, or null
 */
public record TargetAccess(char[] password, Path keyFile, String trustedHostKey, String accessKeyId,
        String secretKey) {
    public static final TargetAccess NONE = new TargetAccess(null, null, null, null, null);

    @Override
    public String toString() {
        // Records print every field; a secret must never reach a log through a toString().
        return "TargetAccess[keyFile=" + keyFile + ", trustedHostKey=" + trustedHostKey + "]";
    }
}
