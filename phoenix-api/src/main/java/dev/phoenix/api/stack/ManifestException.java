package dev.phoenix.api.stack;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.SourceLocation;
import java.util.Optional;

/**
 * A stack manifest ({@code phoenix.json}) could not be read. The message names the file, the
 * position when known, the JSON path of the value at fault and what was expected:
 *
 * <pre>
 * shop/phoenix.json:6:47: $.services.web.traefik.port: must be between 1 and 65535, got 70000
 * </pre>
 */
public class ManifestException extends PhoenixException {
  private static final long serialVersionUID = 1L;

  private final transient SourceLocation location;
  private final String jsonPath;
  private final String detail;

  /**
   * A problem at {@code location} (null when unknown) with the value at {@code jsonPath}
   * ({@code $} for the whole document, null when not about one value).
   */
  public ManifestException(SourceLocation location, String jsonPath, String detail) {
    this(location, jsonPath, detail, null);
  }

  /** As {@link #ManifestException(SourceLocation, String, String)}, keeping the cause. */
  public ManifestException(SourceLocation location, String jsonPath, String detail, Throwable cause) {
    super(format(location, jsonPath, detail), cause);
    this.location = location;
    this.jsonPath = jsonPath;
    this.detail = detail;
  }

  /** Where the problem is, when known. */
  public Optional<SourceLocation> location() {
    return Optional.ofNullable(location);
  }

  /** The JSON path of the value at fault ({@code $.services.web.traefik.port}), when known. */
  public Optional<String> jsonPath() {
    return Optional.ofNullable(jsonPath);
  }

  /** The message without location and path. */
  public String detail() {
    return detail;
  }

  private static String format(SourceLocation location, String jsonPath, String detail) {
    StringBuilder result = new StringBuilder();
    if (location != null) {
      result.append(location).append(": ");
    }
    if (jsonPath != null && !jsonPath.isEmpty()) {
      result.append(jsonPath).append(": ");
    }
    return result.append(detail).toString();
  }
}
