package dev.phoenix.core.compose.document;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeException;
import dev.phoenix.api.compose.ComposeSyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Compose file as its text, with a YAML tree that knows where each node sits in it. An unchanged
 * document gives back the exact text it was read from; each edit is a minimal text patch in the
 * file's own indentation, line breaks and quoting, so comments, key order and every other line
 * stay as they were. Documents are immutable: an edit returns a new document, re-parsed to check
 * that it is still valid YAML and holds what the edit wrote.
 *
 * <pre>{@code
 * ComposeDocument document = ComposeDocument.read(dir.resolve("compose.yaml"));
 * ComposeDocument edited = document
 *     .set(List.of("services", "web", "image"), "nginx:1.27")
 *     .putEntry(List.of("services", "web", "labels"), "traefik.enable", "true")
 *     .add(List.of("services", "web", "networks"), "proxy");
 * Files.writeString(out, edited.text());
 * }</pre>
 *
 * <p>Paths name mapping keys, and sequence items by their decimal index. Edits apply to the first
 * document of a multi-document file. They do not look through merge keys ({@code <<}), and refuse
 * to change a node inside an anchor that aliases reuse.
 */
public final class ComposeDocument {
  private final String fileName;
  private final String text;
  private final List<YamlNode> roots;

  private ComposeDocument(String fileName, String text, List<YamlNode> roots) {
    this.fileName = fileName;
    this.text = text;
    this.roots = roots;
  }

  /**
   * Parses {@code text}.
   *
   * @param fileName the file as positions and errors should name it
   * @throws ComposeSyntaxException with {@code file:line:column} when the text is not valid YAML
   */
  public static ComposeDocument parse(String fileName, String text) {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(text, "text");
    return new ComposeDocument(fileName, text, TreeReader.read(text, fileName));
  }

  /**
   * Reads and parses a UTF-8 file.
   *
   * @throws ComposeException when the file cannot be read
   * @throws ComposeSyntaxException when it is not valid YAML
   */
  public static ComposeDocument read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | UncheckedIOException e) {
      throw new ComposeException(SourceLocation.ofFile(file.toString()), null, "cannot read the file: " + e, e);
    }
  }

  /** The file name given at parse time. */
  public String fileName() {
    return fileName;
  }

  /** The current text: for an unchanged document, exactly the text it was parsed from. */
  public String text() {
    return text;
  }

  /** How many YAML documents ({@code ---} separated) the file holds. */
  public int documentCount() {
    return roots.size();
  }

  /** The root node of the first document; empty for a file with no content. */
  public Optional<YamlNode> root() {
    return roots.isEmpty() ? Optional.empty() : Optional.ofNullable(roots.get(0));
  }

  /** The node at {@code path} ({@code "services", "web", "labels"}), if there is one. */
  public Optional<YamlNode> at(String... path) {
    return at(Arrays.asList(path));
  }

  /** The node at {@code path}, if there is one; sequence items are named by their index. */
  public Optional<YamlNode> at(List<String> path) {
    Optional<YamlNode> node = root();
    for (String segment : path) {
      node = node.flatMap(current -> child(current, segment));
    }
    return node;
  }

  /** The mapping of service {@code name} ({@code services.<name>}), if there is one. */
  public Optional<YamlNode> service(String name) {
    return at("services", name);
  }

  /** True when a node exists at {@code path}. */
  public boolean has(String... path) {
    return at(path).isPresent();
  }

  /**
   * Sets the scalar at {@code path} to the string {@code value}, keeping the old value's quoting
   * where the new value allows it and quoting wherever YAML would read it as something else
   * ({@code "true"}, {@code "8080:80"}, {@code "a: b"}). An absent key is added at the end of its
   * mapping, with any missing mappings above it.
   *
   * @throws ComposeEditException when the path leads through a scalar or alias, ends at a
   *     collection, or the result would not be valid YAML
   */
  public ComposeDocument set(List<String> path, String value) {
    Objects.requireNonNull(value, "value");
    return setScalar(path, new NewValue.Scalar(value, false), value);
  }

  /** Sets the scalar at {@code path} to a boolean, written plain ({@code true}); as {@link #set(List, String)}. */
  public ComposeDocument set(List<String> path, boolean value) {
    return setScalar(path, new NewValue.Scalar(String.valueOf(value), true), String.valueOf(value));
  }

  /** Sets the scalar at {@code path} to an integer, written plain ({@code 8080}); as {@link #set(List, String)}. */
  public ComposeDocument set(List<String> path, long value) {
    return setScalar(path, new NewValue.Scalar(String.valueOf(value), true), String.valueOf(value));
  }

  /**
   * Appends the string {@code item} to the sequence at {@code path}, with the dash, indentation
   * and quoting of its existing items (or inside the brackets of a flow sequence). An absent
   * sequence is created, with any missing mappings above it.
   *
   * @throws ComposeEditException when the node there is not a sequence or the result is invalid
   */
  public ComposeDocument add(List<String> path, String item) {
    Objects.requireNonNull(item, "item");
    List<String> where = copy(path);
    String edited = edits().add(where, new NewValue.Scalar(item, false));
    return checked(edited, where, "add " + item);
  }

  /**
   * Removes the mapping entry (key, value and nested block, with the comment on its line) or the
   * sequence item at {@code path}. Removing the only entry leaves an empty {@code {}} or {@code []}.
   *
   * @throws ComposeEditException when there is nothing at {@code path}
   */
  public ComposeDocument remove(List<String> path) {
    List<String> where = copy(path);
    return checked(edits().remove(where), where, "remove");
  }

  /**
   * Sets {@code key} to {@code value} in a {@code labels}, {@code environment} or similar
   * collection, in the style the file gives it: a mapping gets {@code key: value}, a list of
   * {@code KEY=value} items gets its matching item replaced or a new one appended. When the
   * collection is absent, it is created as a list if the same key of another service is one, else
   * as a mapping.
   */
  public ComposeDocument putEntry(List<String> path, String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    List<String> where = copy(path);
    Optional<YamlNode> node = at(where);
    boolean list = node.map(YamlNode::isSequence).orElseGet(() -> node.isEmpty() && listStyleElsewhere(where));
    if (!list) {
      return set(append(where, key), value);
    }
    int index = node.map(sequence -> entryIndex(sequence, key)).orElse(-1);
    String item = key + "=" + value;
    return index < 0 ? add(where, item) : set(append(where, String.valueOf(index)), item);
  }

  /**
   * Removes {@code key} from a {@code labels}, {@code environment} or similar collection, in either
   * style; a document without it is returned unchanged.
   */
  public ComposeDocument removeEntry(List<String> path, String key) {
    Objects.requireNonNull(key, "key");
    List<String> where = copy(path);
    Optional<YamlNode> node = at(where);
    if (node.isEmpty()) {
      return this;
    }
    if (node.get().isSequence()) {
      int index = entryIndex(node.get(), key);
      return index < 0 ? this : remove(append(where, String.valueOf(index)));
    }
    return node.get().get(key).isPresent() ? remove(append(where, key)) : this;
  }

  /**
   * Sets the value at {@code path} to a collection written in YAML flow style ({@code {}},
   * {@code {driver: nvidia}}), for values a scalar cannot express, such as an empty network entry.
   * An absent key is added as {@link #set(List, String)} adds it; an existing scalar is replaced.
   *
   * @throws ComposeEditException when {@code flow} is not a flow mapping or sequence, the node there
   *     is a collection, or the result is invalid
   */
  public ComposeDocument setFlow(List<String> path, String flow) {
    List<String> where = copy(path);
    NewValue.Scalar value = flowValue(where, flow);
    ComposeDocument edited = checked(edits().set(where, value), where, "set to " + flow);
    return edited.requireCollection(where, flow);
  }

  /**
   * Appends a collection written in YAML flow style ({@code {driver: nvidia, count: 1}}) to the
   * sequence at {@code path}, creating the sequence if absent; as {@link #add(List, String)}.
   *
   * @throws ComposeEditException when {@code flow} is not a flow collection or the result is invalid
   */
  public ComposeDocument addFlow(List<String> path, String flow) {
    List<String> where = copy(path);
    NewValue.Scalar value = flowValue(where, flow);
    ComposeDocument edited = checked(edits().add(where, value), where, "add " + flow);
    int last = edited.at(where).map(YamlNode::size).orElse(0) - 1;
    return edited.requireCollection(append(where, String.valueOf(last)), flow);
  }

  @Override
  public String toString() {
    return "ComposeDocument[" + fileName + ", " + text.length() + " chars]";
  }

  private ComposeDocument setScalar(List<String> path, NewValue.Scalar scalar, String expected) {
    List<String> where = copy(path);
    if (where.isEmpty()) {
      throw new ComposeEditException(SourceLocation.ofFile(fileName), "", "a value needs a path");
    }
    ComposeDocument edited = checked(edits().set(where, scalar), where, "set to " + expected);
    Optional<String> written = edited.at(where).flatMap(YamlNode::value);
    if (!written.equals(Optional.of(expected))) {
      throw new ComposeEditException(SourceLocation.ofFile(fileName), Edits.dotted(where),
          "setting the value to " + expected + " would read back as " + written.orElse("nothing"));
    }
    return edited;
  }

  private Edits edits() {
    if (roots.size() > 1 && roots.get(0) == null) {
      throw new ComposeEditException(SourceLocation.ofFile(fileName), null,
          "the first of this file's " + roots.size() + " documents is empty; edit a single-document file");
    }
    return new Edits(text, fileName, root().orElse(null));
  }

  private ComposeDocument checked(String edited, List<String> path, String what) {
    try {
      return parse(fileName, edited);
    } catch (ComposeSyntaxException e) {
      throw new ComposeEditException(e.location().orElse(SourceLocation.ofFile(fileName)), Edits.dotted(path),
          "refused to " + what + ": the result would not be valid YAML (" + e.detail() + ")", e);
    }
  }

  private NewValue.Scalar flowValue(List<String> path, String flow) {
    Objects.requireNonNull(flow, "flow");
    String trimmed = flow.trim();
    boolean collection = trimmed.startsWith("{") && trimmed.endsWith("}")
        || trimmed.startsWith("[") && trimmed.endsWith("]");
    if (!collection || trimmed.contains("\n")) {
      throw new ComposeEditException(SourceLocation.ofFile(fileName), Edits.dotted(path),
          "expected a one-line flow mapping or sequence, got " + flow);
    }
    return new NewValue.Scalar(trimmed, true);
  }

  private ComposeDocument requireCollection(List<String> path, String flow) {
    boolean collection = at(path).map(node -> node.isMapping() || node.isSequence()).orElse(false);
    if (!collection) {
      throw new ComposeEditException(SourceLocation.ofFile(fileName), Edits.dotted(path),
          "writing " + flow + " would not read back as a collection");
    }
    return this;
  }

  private boolean listStyleElsewhere(List<String> path) {
    if (path.size() != 3 || !path.get(0).equals("services")) {
      return false;
    }
    return at("services").map(services -> services.items().stream()
        .anyMatch(service -> service.get(path.get(2)).map(YamlNode::isSequence).orElse(false))).orElse(false);
  }

  private static int entryIndex(YamlNode sequence, String key) {
    List<YamlNode> items = sequence.items();
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i).value().orElse(null);
      if (item != null && (item.equals(key) || item.startsWith(key + "="))) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<YamlNode> child(YamlNode node, String segment) {
    if (node.isMapping()) {
      return node.get(segment);
    }
    if (node.isSequence() && segment.matches("[0-9]{1,9}")) {
      int index = Integer.parseInt(segment);
      return index < node.size() ? Optional.of(node.items().get(index)) : Optional.empty();
    }
    return Optional.empty();
  }

  private static List<String> copy(List<String> path) {
    Objects.requireNonNull(path, "path");
    return List.copyOf(path);
  }

  private static List<String> append(List<String> path, String segment) {
    List<String> longer = new ArrayList<>(path);
    longer.add(segment);
    return List.copyOf(longer);
  }

}
