package dev.phoenix.examples.cli;

/** A command line that cannot be run as given: reported in one line, exit status 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
