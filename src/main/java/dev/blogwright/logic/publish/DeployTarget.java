package dev.blogwright.logic.publish;

/**
 * A named place a blog is deployed to (staging, production), as kept in the library. Holds no secret: a password
 * comes from the keyring, the environment variable {@code passwordEnv} or a prompt.
 *
 * @param keyFile a private key file for SSH, or null for {@code ~/.ssh} and the agent
 * @param passwordEnv the name of an environment variable holding the password, or null
 * @param hostKey the {@code SHA256:…} host key fingerprint the user accepted, or null
 * @param maxDeleteShare the share of the remote files a deploy may delete without confirmation
 */
public record DeployTarget(String name, String url, String keyFile, String passwordEnv, String hostKey,
        double maxDeleteShare) {
    public static DeployTarget of(String name, String url) {
        return new DeployTarget(name, url, null, null, null, DeployPlan.DEFAULT_MAX_DELETE_SHARE);
    }

    public DeployTarget withHostKey(String fingerprint) {
        return new DeployTarget(name, url, keyFile, passwordEnv, fingerprint, maxDeleteShare);
    }
}
