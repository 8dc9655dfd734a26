package dev.phoenix.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One run of the {@code phoenix} CLI, in-process: how it ended and what it printed. */
record CliResult(int status, String out, String err) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Runs {@code phoenix ARGS} with {@code environment} as the process environment. */
  static CliResult run(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Phoenix.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), environment);
    return new CliResult(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The lines printed to stderr. */
  List<String> errLines() {
    return err.isEmpty() ? List.of() : Arrays.asList(err.split("\n", -1)).subList(0, err.split("\n", -1).length - 1);
  }

  /** Each line printed to stdout, read as JSON ({@code --output json} of deploy and down). */
  List<JsonNode> jsonLines() throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.split("\n")) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }
}
