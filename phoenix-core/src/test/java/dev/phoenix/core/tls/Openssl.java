package dev.phoenix.core.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The openssl command line, run in a directory, for making key formats and for cross-checks. */
public final class Openssl {
  private final Path directory;

  public Openssl(Path directory) {
    this.directory = directory;
  }

  /** The result of one command. */
  public record Result(int exitCode, String output) {
  }

  /** Runs {@code openssl ARGS} and returns its exit code and combined output. */
  public Result run(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add("openssl");
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("openssl did not finish: " + command);
      }
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new IllegalStateException("openssl could not run: " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Runs {@code openssl ARGS} and fails unless it succeeds. */
  public String ok(String... arguments) {
    Result result = run(arguments);
    if (result.exitCode() != 0) {
      throw new AssertionError("openssl " + String.join(" ", arguments) + " failed:\n" + result.output());
    }
    return result.output();
  }
}
