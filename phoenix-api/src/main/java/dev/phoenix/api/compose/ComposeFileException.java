package dev.phoenix.api.compose;

import dev.phoenix.api.SourceLocation;

/** A Compose, env or label file is missing, unreadable, or cannot be chosen (no compose file in the directory, an invalid project name). */
public class ComposeFileException extends ComposeException {
  private static final long serialVersionUID = 1L;

  public ComposeFileException(SourceLocation location, String yamlPath, String detail) {
    super(location, yamlPath, detail);
  }

  public ComposeFileException(SourceLocation location, String yamlPath, String detail, Throwable cause) {
    super(location, yamlPath, detail, cause);
  }
}
