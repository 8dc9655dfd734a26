package dev.phoenix.portainer;

import java.util.List;
import java.util.Objects;

/**
 * A git repository to create a stack from ({@code method=repository}).
 *
 * <pre>{@code
 * GitSource source = GitSource.of("https://git.example.com/ops/shop")
 *     .withReference("refs/heads/main")
 *     .withComposeFile("deploy/compose.yaml")
 *     .withCredentials("deploy", token)
 *     .withAutoUpdate(AutoUpdate.polling("5m"));
 * }</pre>
 *
 * @param url the repository URL
 * @param reference the reference to deploy ({@code refs/heads/main}), or null for the default branch
 * @param composeFile the compose file's path in the repository, or null for {@code docker-compose.yml}
 * @param additionalFiles further compose files in the repository
 * @param username the user for the repository, or null for none
 * @param password the password or token for the repository, or null; never printed
 * @param autoUpdate polling or webhook settings, or null for none
 * @param tlsSkipVerify whether the repository's certificate is not checked (Portainer 2.18 and later)
 */
public record GitSource(String url, String reference, String composeFile, List<String> additionalFiles,
    String username, String password, AutoUpdate autoUpdate, boolean tlsSkipVerify) {

  /** Checks the URL and copies the list. */
  public GitSource {
    if (Objects.requireNonNull(url, "url").isBlank()) {
      throw new IllegalArgumentException("a git source needs a repository URL");
    }
    additionalFiles = additionalFiles == null ? List.of() : List.copyOf(additionalFiles);
  }

  /** The default branch of {@code url}, with {@code docker-compose.yml}, no credentials. */
  public static GitSource of(String url) {
    return new GitSource(url, null, null, List.of(), null, null, null, false);
  }

  /** This source at {@code reference}. */
  public GitSource withReference(String reference) {
    return new GitSource(url, reference, composeFile, additionalFiles, username, password, autoUpdate, tlsSkipVerify);
  }

  /** This source with the compose file at {@code path} in the repository. */
  public GitSource withComposeFile(String path) {
    return new GitSource(url, reference, path, additionalFiles, username, password, autoUpdate, tlsSkipVerify);
  }

  /** This source with further compose files. */
  public GitSource withAdditionalFiles(List<String> paths) {
    return new GitSource(url, reference, composeFile, paths, username, password, autoUpdate, tlsSkipVerify);
  }

  /** This source with credentials for the repository. */
  public GitSource withCredentials(String username, String password) {
    return new GitSource(url, reference, composeFile, additionalFiles, Objects.requireNonNull(username, "username"),
        Objects.requireNonNull(password, "password"), autoUpdate, tlsSkipVerify);
  }

  /** This source with auto-update. */
  public GitSource withAutoUpdate(AutoUpdate autoUpdate) {
    return new GitSource(url, reference, composeFile, additionalFiles, username, password, autoUpdate, tlsSkipVerify);
  }

  /** This source with the repository's certificate not checked. */
  public GitSource withTlsSkipVerify() {
    return new GitSource(url, reference, composeFile, additionalFiles, username, password, autoUpdate, true);
  }

  /** Whether credentials are sent. */
  public boolean hasCredentials() {
    return username != null;
  }

  @Override
  public String toString() {
    return "GitSource[url=" + url + ", reference=" + reference + ", composeFile=" + composeFile
        + ", additionalFiles=" + additionalFiles + (username == null ? "" : ", username=" + username + ", password=***")
        + ", autoUpdate=" + autoUpdate + ", tlsSkipVerify=" + tlsSkipVerify + "]";
  }
}
