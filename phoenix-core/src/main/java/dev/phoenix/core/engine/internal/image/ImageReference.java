package dev.phoenix.core.engine.internal.image;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image reference read as Docker reads it (the grammar of distribution's {@code reference}
 * package), its repository normalized as Docker normalizes it: {@code busybox} is
 * {@code docker.io/library/busybox}, {@code index.docker.io/x/y} is {@code docker.io/x/y}, and a
 * first component with a dot or a port, or {@code localhost}, is a registry
 * ({@code 127.0.0.1:5000/team/app}).
 *
 * @param domain the registry, {@code docker.io} for Docker Hub
 * @param path the repository's path in the registry ({@code library/busybox})
 * @param tag the tag, or null when the reference has none
 * @param digest the digest ({@code sha256:...}), or null when the reference has none
 */
public record ImageReference(String domain, String path, String tag, String digest) {
  private static final String DOCKER_HUB = "docker.io";
  private static final String LEGACY_DOCKER_HUB = "index.docker.io";
  private static final String OFFICIAL_PREFIX = "library/";
  private static final int NAME_LIMIT = 255;

  private static final String PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final String HOST = "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*"
      + "|\\[[a-fA-F0-9:]+\\])";
  private static final String NAME = "(?:" + HOST + "(?::[0-9]+)?/)?" + PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*";
  private static final String TAG = "[\\w][\\w.-]{0,127}";
  private static final String DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,}";
  private static final Pattern REFERENCE =
      Pattern.compile("(" + NAME + ")(?::(" + TAG + "))?(?:@(" + DIGEST + "))?");
  private static final Pattern IMAGE_ID = Pattern.compile("[a-f0-9]{64}");

  /**
   * Reads {@code reference} ({@code busybox}, {@code redis:7@sha256:...},
   * {@code 127.0.0.1:5000/team/app:1}).
   *
   * @throws IllegalArgumentException when it is not an image reference, saying why
   */
  public static ImageReference parse(String reference) {
    if (reference == null || reference.isEmpty()) {
      throw new IllegalArgumentException("an image reference cannot be empty");
    }
    if (IMAGE_ID.matcher(reference).matches()) {
      throw new IllegalArgumentException(reference + " is an image ID, not a reference: it names no repository");
    }
    Matcher matcher = REFERENCE.matcher(reference);
    if (!matcher.matches()) {
      boolean onlyCase = REFERENCE.matcher(reference.toLowerCase(Locale.ROOT)).matches();
      throw new IllegalArgumentException(reference + " is not a valid image reference"
          + (onlyCase ? ": a repository name must be lowercase" : ""));
    }
    String name = matcher.group(1);
    if (name.length() > NAME_LIMIT) {
      throw new IllegalArgumentException(reference + " is not a valid image reference: the repository name is"
          + " longer than " + NAME_LIMIT + " characters");
    }
    String digest = matcher.group(3);
    if (digest != null) {
      checkDigestLength(reference, digest);
    }
    String[] split = split(name);
    return new ImageReference(split[0], split[1], matcher.group(2), digest);
  }

  /** The normalized repository: the registry and the path ({@code docker.io/library/busybox}). */
  public String repository() {
    return domain + "/" + path;
  }

  /**
   * The digest of the first of {@code repoDigests} (an image's {@code RepoDigests},
   * {@code repository@sha256:...}) whose repository is this reference's, the tag set aside; empty
   * when none is. Entries that are not references ({@code <none>@<none>}) are passed over.
   */
  public Optional<String> digestIn(List<String> repoDigests) {
    if (repoDigests == null) {
      return Optional.empty();
    }
    for (String entry : repoDigests) {
      ImageReference candidate;
      try {
        candidate = parse(entry);
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (candidate.digest() != null && candidate.repository().equals(repository())) {
        return Optional.of(candidate.digest());
      }
    }
    return Optional.empty();
  }

  /**
   * The registry and the path of {@code name}, as Docker's {@code splitDockerDomain}: the first
   * component is a registry when it has a dot or a colon, is {@code localhost}, or is not lower
   * case (no repository path can be).
   */
  private static String[] split(String name) {
    int slash = name.indexOf('/');
    String domain;
    String path;
    String first = slash < 0 ? null : name.substring(0, slash);
    if (first == null || (first.indexOf('.') < 0 && first.indexOf(':') < 0 && !first.equals("localhost")
        && first.equals(first.toLowerCase(Locale.ROOT)))) {
      domain = DOCKER_HUB;
      path = name;
    } else {
      domain = first;
      path = name.substring(slash + 1);
    }
    if (domain.equals(LEGACY_DOCKER_HUB)) {
      domain = DOCKER_HUB;
    }
    if (domain.equals(DOCKER_HUB) && path.indexOf('/') < 0) {
      path = OFFICIAL_PREFIX + path;
    }
    return new String[] {domain, path};
  }

  /** The algorithms Docker knows fix their digest's length; the grammar alone lets any through. */
  private static void checkDigestLength(String reference, String digest) {
    int colon = digest.indexOf(':');
    String algorithm = digest.substring(0, colon);
    int length = switch (algorithm) {
      case "sha256" -> 64;
      case "sha384" -> 96;
      case "sha512" -> 128;
      default -> -1;
    };
    String hex = digest.substring(colon + 1);
    if (length < 0) {
      throw new IllegalArgumentException(reference + " is not a valid image reference: unknown digest algorithm "
          + algorithm);
    }
    if (hex.length() != length || !hex.equals(hex.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(reference + " is not a valid image reference: a " + algorithm
          + " digest is " + length + " lower-case hexadecimal digits");
    }
  }
}
