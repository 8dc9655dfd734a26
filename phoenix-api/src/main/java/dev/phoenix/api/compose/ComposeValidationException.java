package dev.phoenix.api.compose;

import dev.phoenix.api.SourceLocation;

/** A Compose file is well-formed YAML but not a valid Compose document: a wrong type, an unknown key, a value in the wrong format, a reference to something that does not exist. */
public class ComposeValidationException extends ComposeException {
  private static final long serialVersionUID = 1L;

  public ComposeValidationException(SourceLocation location, String yamlPath, String detail) {
    super(location, yamlPath, detail);
  }

  public ComposeValidationException(SourceLocation location, String yamlPath, String detail, Throwable cause) {
    super(location, yamlPath, detail, cause);
  }
}
