package dev.phoenix.examples.cli;

/** How a command prints its results: for people, or as JSON for programs. */
enum OutputFormat {
  TEXT,
  JSON;

  /** The format named {@code value} on the command line. */
  static OutputFormat parse(String value) {
    return switch (value) {
      case "text" -> TEXT;
      case "json" -> JSON;
      default -> throw new UsageException("--output must be text or json, not \"" + value + "\"");
    };
  }
}
