package dev.phoenix.api.compose;

import dev.phoenix.api.SourceLocation;

/** The YAML of a Compose file could not be read: a syntax error, a duplicate key, a non-string key, or a document past the safety limits (aliases, nesting depth, size). */
public class ComposeSyntaxException extends ComposeException {
  private static final long serialVersionUID = 1L;

  public ComposeSyntaxException(SourceLocation location, String yamlPath, String detail) {
    super(location, yamlPath, detail);
  }

  public ComposeSyntaxException(SourceLocation location, String yamlPath, String detail, Throwable cause) {
    super(location, yamlPath, detail, cause);
  }
}
