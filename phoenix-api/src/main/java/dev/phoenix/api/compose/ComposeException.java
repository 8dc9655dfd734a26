package dev.phoenix.api.compose;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.SourceLocation;
import java.util.Optional;

/**
 * A Compose project could not be loaded. The message starts with {@code file:line:column} when
 * the position is known, and names the YAML path ({@code services.web.ports[1]}) when the error
 * concerns one value.
 */
public class ComposeException extends PhoenixException {
  private static final long serialVersionUID = 1L;

  private final transient SourceLocation location;
  private final String yamlPath;
  private final String detail;

  public ComposeException(SourceLocation location, String yamlPath, String detail) {
    this(location, yamlPath, detail, null);
  }

  public ComposeException(SourceLocation location, String yamlPath, String detail, Throwable cause) {
    super(format(location, yamlPath, detail), cause);
    this.location = location;
    this.yamlPath = yamlPath;
    this.detail = detail;
  }

  /** Where the problem is, when known. */
  public Optional<SourceLocation> location() {
    return Optional.ofNullable(location);
  }

  /** The dotted YAML path of the value at fault ({@code services.web.image}), when known. */
  public Optional<String> yamlPath() {
    return Optional.ofNullable(yamlPath);
  }

  /** The message without location and path. */
  public String detail() {
    return detail;
  }

  private static String format(SourceLocation location, String yamlPath, String detail) {
    StringBuilder result = new StringBuilder();
    if (location != null) {
      result.append(location).append(": ");
    }
    if (yamlPath != null && !yamlPath.isEmpty()) {
      result.append(yamlPath).append(": ");
    }
    return result.append(detail).toString();
  }
}
