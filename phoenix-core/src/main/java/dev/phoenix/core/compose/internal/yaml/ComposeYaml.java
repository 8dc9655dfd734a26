package dev.phoenix.core.compose.internal.yaml;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeSyntaxException;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads the YAML of one Compose file into raw trees, typing scalars exactly as Docker Compose's
 * YAML decoder (go-yaml v3) does: {@code 0755} is the integer 493, {@code yes}, {@code on} and
 * {@code 22:22} stay strings, {@code True} is a boolean, {@code ~} is null, quoted scalars are
 * always strings.
 *
 * <p>Anchors and aliases are expanded (each alias gets its own copy), merge keys ({@code <<}) are
 * applied, duplicate keys and non-string keys are errors. {@code !reset} makes a value a
 * {@link dev.phoenix.core.compose.internal.tree.Reset}; {@code !override} marks a mapping or sequence
 * ({@link YamlMap#isOverride()}); any other tag outside the standard {@code !!str}, {@code !!int},
 * {@code !!float}, {@code !!bool}, {@code !!null}, {@code !!map} and {@code !!seq} is an error.
 * Every map, list and value carries its position in the file.
 *
 * <p>Most Compose files are read by a hand-written scanner for the YAML they use, several times
 * faster than snakeyaml-engine; on anything else, and on any error, snakeyaml-engine reads the file
 * again, so results and error messages are always snakeyaml-engine's.
 *
 * <pre>{@code
 * List<YamlMap> documents = ComposeYaml.read(Files.readString(path), "compose.yaml");
 * }</pre>
 */
public final class ComposeYaml {
  /** One set of parser settings for every read: no schema, no constructors, no ENV tag. */
  private static final LoadSettings SETTINGS = LoadSettings.builder()
      .setCodePointLimit(Integer.MAX_VALUE)
      .setUseMarks(true)
      .build();

  private ComposeYaml() {
  }

  /** Reads {@code content} with {@link YamlLimits#DEFAULT}; see {@link #read(String, String, YamlLimits)}. */
  public static List<YamlMap> read(String content, String fileName) {
    return read(content, fileName, YamlLimits.DEFAULT);
  }

  /**
   * Reads every document ({@code ---} separated) of {@code content}, one map per document. An
   * empty document, or a file with none at all, gives an empty map.
   *
   * @param fileName the file as errors and positions should name it
   * @throws ComposeSyntaxException on invalid YAML, a top-level value that is not a mapping, a
   *     duplicate or non-string key, an unknown tag or anchor, or a value past {@code limits}
   */
  public static List<YamlMap> read(String content, String fileName, YamlLimits limits) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(limits, "limits");
    if (content.length() > limits.maxDocumentChars()) {
      throw new ComposeSyntaxException(SourceLocation.ofFile(fileName), null, "file too large: "
          + content.length() + " characters, the limit is " + limits.maxDocumentChars());
    }
    List<YamlMap> documents = FastYaml.read(content, fileName, limits);
    return documents != null ? documents : readWithSnakeYaml(content, fileName, limits);
  }

  /** The fast path alone: the documents, or null when it gives up. For tests. */
  static List<YamlMap> readFast(String content, String fileName, YamlLimits limits) {
    return FastYaml.read(content, fileName, limits);
  }

  /** snakeyaml-engine's scanner and parser, which read everything YAML allows and report every error. */
  static List<YamlMap> readWithSnakeYaml(String content, String fileName, YamlLimits limits) {
    DocumentBuilder builder = null;
    try {
      ParseEvents events = new SnakeYamlEvents(new ParserImpl(SETTINGS, new StreamReader(SETTINGS, content)));
      builder = new DocumentBuilder(events, fileName, limits);
      return documents(events, builder, fileName);
    } catch (YamlEngineException e) {
      throw SyntaxErrors.from(e, fileName, content, builder == null ? null : builder.currentPath());
    } catch (NumberFormatException e) {
      // snakeyaml-engine lets this out for a \U escape of eight hex digits beyond int range.
      throw SyntaxErrors.escape(e, fileName, content, builder == null ? null : builder.currentPath());
    }
  }

  /** Builds every document the events hold, one map each. */
  static List<YamlMap> documents(ParseEvents events, DocumentBuilder builder, String fileName) {
    events.next();
    List<YamlMap> documents = new ArrayList<>(1);
    while (events.nextIs(Event.ID.DocumentStart)) {
      events.next();
      documents.add(builder.document());
    }
    if (documents.isEmpty()) {
      documents.add(new YamlMap(new SourceLocation(fileName, 1, 1)));
    }
    return documents;
  }
}
