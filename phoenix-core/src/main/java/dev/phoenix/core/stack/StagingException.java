package dev.phoenix.core.stack;

import dev.phoenix.api.PhoenixException;

/**
 * A staging directory that cannot be used, a staged file that cannot be written, or staged files
 * the reading side could not read: the message names the path and what to do.
 */
public class StagingException extends PhoenixException {
  private static final long serialVersionUID = 1L;

  /** An error with its message. */
  public StagingException(String message) {
    super(message);
  }

  /** An error with its message and the I/O error behind it. */
  public StagingException(String message, Throwable cause) {
    super(message, cause);
  }
}
