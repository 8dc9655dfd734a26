package dev.phoenix.api.compose;

import dev.phoenix.api.SourceLocation;

/** A cycle in {@code extends}, {@code include} or {@code depends_on}. */
public class ComposeCycleException extends ComposeException {
  private static final long serialVersionUID = 1L;

  public ComposeCycleException(SourceLocation location, String yamlPath, String detail) {
    super(location, yamlPath, detail);
  }

  public ComposeCycleException(SourceLocation location, String yamlPath, String detail, Throwable cause) {
    super(location, yamlPath, detail, cause);
  }
}
