package dev.phoenix.api.compose;

import dev.phoenix.api.SourceLocation;

/** A {@code ${...}} expression could not be interpolated: a required variable is missing, or the template is invalid. */
public class InterpolationException extends ComposeException {
  private static final long serialVersionUID = 1L;

  public InterpolationException(SourceLocation location, String yamlPath, String detail) {
    super(location, yamlPath, detail);
  }

  public InterpolationException(SourceLocation location, String yamlPath, String detail, Throwable cause) {
    super(location, yamlPath, detail, cause);
  }
}
