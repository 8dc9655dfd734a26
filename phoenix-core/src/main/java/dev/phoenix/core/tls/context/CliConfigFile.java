package dev.phoenix.core.tls.context;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phoenix.api.endpoint.EndpointResolutionException;
import dev.phoenix.core.tls.internal.SecureFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The docker CLI's {@code config.json}, as far as contexts go: its {@code currentContext}. Every
 * other key, known to Phoenix or not, is kept as it is, in its order.
 */
final class CliConfigFile {
  static final String FILE_NAME = "config.json";
  private static final String CURRENT_CONTEXT = "currentContext";

  private static final ObjectMapper JSON = new ObjectMapper();
  // The docker CLI indents config.json with tabs and writes "key": value.
  private static final DefaultPrettyPrinter CLI_STYLE = new DefaultPrettyPrinter(
      Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("").withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("\t", "\n"))
      .withArrayIndenter(new DefaultIndenter("\t", "\n"));

  private final Path file;

  CliConfigFile(Path configDirectory) {
    this.file = configDirectory.resolve(FILE_NAME);
  }

  Path path() {
    return file;
  }

  /** The {@code currentContext} the file names, if any. */
  Optional<String> currentContext() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    String name = read().path(CURRENT_CONTEXT).asText("");
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }

  /**
   * Sets {@code currentContext}, or removes it for null, as {@code docker context use} does. A
   * missing file is created only to name a context: removing from nothing writes nothing.
   */
  void setCurrentContext(String name) {
    boolean exists = Files.exists(file);
    if (!exists && name == null) {
      return;
    }
    ObjectNode root;
    if (exists) {
      root = read();
    } else {
      root = JSON.createObjectNode();
      // A config.json the CLI creates always has its (empty) credentials section.
      root.putObject("auths");
    }
    if (name == null) {
      root.remove(CURRENT_CONTEXT);
    } else {
      root.put(CURRENT_CONTEXT, name);
    }
    try {
      StoreFiles.createDirectories(file.getParent(), StoreFiles.PUBLIC_DIRECTORY);
      byte[] content = JSON.writer(CLI_STYLE).writeValueAsBytes(root);
      SecureFiles.writeAtomically(file, content, SecureFiles.permissionsOf(file, SecureFiles.PRIVATE));
    } catch (IOException e) {
      throw new EndpointResolutionException("cannot write " + file + ": " + e.getMessage(), List.of());
    }
  }

  private ObjectNode read() {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new EndpointResolutionException("cannot read docker CLI configuration " + file + ": " + e.getMessage(),
          List.of());
    }
    if (root == null || root.isMissingNode()) {
      return JSON.createObjectNode();
    }
    if (!root.isObject()) {
      throw new EndpointResolutionException("docker CLI configuration " + file + " is not a JSON object", List.of());
    }
    return (ObjectNode) root;
  }
}
