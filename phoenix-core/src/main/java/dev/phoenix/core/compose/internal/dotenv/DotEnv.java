package dev.phoenix.core.compose.internal.dotenv;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeFileException;
import dev.phoenix.api.compose.ComposeSyntaxException;
import dev.phoenix.api.compose.InterpolationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.function.Function;

/**
 * Reads {@code .env} and {@code env_file} files as Docker Compose does (compose-go
 * {@code dotenv}).
 *
 * <p>The syntax, in short: blank and {@code #} lines are skipped, a UTF-8 BOM and a leading
 * {@code export } are ignored; keys hold letters and digits of any script and {@code _ . - [ ]};
 * {@code KEY=value} and {@code KEY: value} both work; a bare {@code KEY} takes the environment's
 * value or is left out. Unquoted values run to the end of the line ({@code " #"} starts a
 * comment). Single quotes are literal; double quotes expand {@code \n}-style escapes. Both may
 * span lines. Unquoted and double-quoted values are then interpolated ({@code ${X:-d}} and the
 * rest, see {@link dev.phoenix.core.compose.internal.interpolation.Template}), looking a variable up in the
 * process environment first, then among the values the file set above.
 *
 * <pre>{@code
 * Map<String, String> env = DotEnv.read(projectDir.resolve(".env"), System::getenv);
 * }</pre>
 *
 * <p>The maps returned keep the order in which keys first appear.
 */
public final class DotEnv {
  private static final Function<String, String> NO_LOOKUP = name -> null;

  private DotEnv() {
  }

  /**
   * Parses {@code .env} text.
   *
   * @param fileName how errors name the file
   * @param lookup the value of a variable in the process environment, or null when it is unset;
   *     a null function means an empty environment
   * @throws ComposeSyntaxException for a malformed line (with file, line and column)
   * @throws InterpolationException for an invalid {@code ${...}} or a missing required variable
   *     in a value (with file, line, column and the key)
   */
  public static LinkedHashMap<String, String> parse(String content, String fileName, Function<String, String> lookup) {
    return new DotEnvParser(withoutBom(content), fileName, orNone(lookup)).parse();
  }

  /**
   * Parses {@code env_file} text of {@code format: raw}: {@code docker run --env-file} syntax, no
   * interpolation, no escapes, values literal but for one pair of surrounding quotes; bare keys
   * are left out.
   *
   * @throws ComposeSyntaxException for a line without a key, or a key holding whitespace
   */
  public static LinkedHashMap<String, String> parseRaw(String content, String fileName) {
    return parseRaw(content, fileName, NO_LOOKUP);
  }

  /**
   * Parses {@code env_file} text of {@code format: raw}, where a bare key takes its value from
   * {@code lookup} as {@code docker compose} does.
   *
   * @param lookup the value of a variable, or null when it is unset; a null function means none
   * @throws ComposeSyntaxException for a line without a key, or a key holding whitespace
   */
  public static LinkedHashMap<String, String> parseRaw(String content, String fileName, Function<String, String> lookup) {
    return RawEnvParser.parse(withoutBom(content), fileName, orNone(lookup));
  }

  /**
   * Reads and parses a {@code .env} file (UTF-8).
   *
   * @param lookup as for {@link #parse}
   * @throws ComposeFileException when the file is missing or cannot be read
   * @throws ComposeSyntaxException for a malformed line
   * @throws InterpolationException for a bad {@code ${...}} in a value
   */
  public static LinkedHashMap<String, String> read(Path file, Function<String, String> lookup) {
    return parse(content(file), file.toString(), lookup);
  }

  /**
   * Reads and parses an {@code env_file} of {@code format: raw} (UTF-8).
   *
   * @param lookup as for {@link #parseRaw(String, String, Function)}
   * @throws ComposeFileException when the file is missing or cannot be read
   * @throws ComposeSyntaxException for a malformed line
   */
  public static LinkedHashMap<String, String> readRaw(Path file, Function<String, String> lookup) {
    return parseRaw(content(file), file.toString(), lookup);
  }

  private static String content(Path file) {
    try {
      // Decoding replaces malformed bytes rather than failing, as Go's string handling does.
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ComposeFileException(SourceLocation.ofFile(file.toString()), null, "env file not found", e);
    } catch (AccessDeniedException e) {
      throw new ComposeFileException(SourceLocation.ofFile(file.toString()), null,
          "cannot read env file: permission denied", e);
    } catch (IOException e) {
      String reason = e instanceof FileSystemException fileError && fileError.getReason() != null
          ? fileError.getReason()
          : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
      throw new ComposeFileException(SourceLocation.ofFile(file.toString()), null,
          "cannot read env file: " + reason, e);
    }
  }

  private static String withoutBom(String content) {
    return !content.isEmpty() && content.charAt(0) == '\uFEFF' ? content.substring(1) : content;
  }

  private static Function<String, String> orNone(Function<String, String> lookup) {
    return lookup != null ? lookup : NO_LOOKUP;
  }
}
