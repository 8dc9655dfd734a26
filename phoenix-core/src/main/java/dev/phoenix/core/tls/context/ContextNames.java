package dev.phoenix.core.tls.context;

import dev.phoenix.api.endpoint.EndpointResolutionException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/** The docker CLI's rules for context names and the directory name each one is stored under. */
final class ContextNames {
  /** The implicit context, built from {@code DOCKER_HOST} and never stored. */
  static final String DEFAULT = "default";

  // The docker CLI 28 rule, quoted in its own error message: two characters at least.
  private static final String RULE = "^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$";
  private static final Pattern VALID = Pattern.compile(RULE);

  private ContextNames() {
  }

  /** Refuses a name the docker CLI would refuse to create, with the CLI's reasons. */
  static void checkCreatable(String name) {
    if (name == null || !VALID.matcher(name).matches()) {
      throw new EndpointResolutionException(
          "context name \"" + name + "\" is invalid, names are validated against regexp \"" + RULE + "\"", List.of());
    }
    if (DEFAULT.equals(name)) {
      throw new EndpointResolutionException("\"default\" is a reserved context name", List.of());
    }
  }

  /** The directory name of a context in the store: the SHA-256 of its name, in lowercase hex. */
  static String directoryName(String name) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
