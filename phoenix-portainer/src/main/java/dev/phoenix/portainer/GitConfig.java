package dev.phoenix.portainer;

/**
 * Where a git-based stack comes from ({@code GitConfig}). Portainer never returns the password.
 *
 * @param url the repository URL
 * @param referenceName the reference deployed, e.g. {@code refs/heads/main}
 * @param configFilePath the compose file's path inside the repository
 * @param configHash the commit last deployed
 * @param tlsSkipVerify whether the repository's certificate is not checked
 * @param username the user of the repository's credentials, or null
 */
public record GitConfig(String url, String referenceName, String configFilePath, String configHash,
    boolean tlsSkipVerify, String username) {
}
