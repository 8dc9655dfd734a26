package dev.phoenix.core.compose.document;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeException;

/**
 * An edit of a {@link ComposeDocument} was refused: the path does not lead where the edit needs
 * (a scalar where a mapping is needed, an index past a sequence's end), the edit would change an
 * anchored node that aliases share, or its result would not be valid YAML. The document is left as
 * it was.
 */
public class ComposeEditException extends ComposeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param location where the node concerned starts, or the file when none
   * @param yamlPath the dotted path of the edit ({@code services.web.labels})
   * @param detail what is wrong, in words
   */
  public ComposeEditException(SourceLocation location, String yamlPath, String detail) {
    super(location, yamlPath, detail);
  }

  /** As {@link #ComposeEditException(SourceLocation, String, String)}, with the cause kept. */
  public ComposeEditException(SourceLocation location, String yamlPath, String detail, Throwable cause) {
    super(location, yamlPath, detail, cause);
  }
}
