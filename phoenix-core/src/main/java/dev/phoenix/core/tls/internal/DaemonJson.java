package dev.phoenix.core.tls.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phoenix.api.endpoint.TlsConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** A Docker {@code daemon.json} given TLS settings, keeping every other key of an existing file. */
public final class DaemonJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DaemonJson() {
  }

  /**
   * Writes or merges {@code file}: {@code tls} and {@code tlsverify} true, the three files, and
   * {@code hosts}; other keys stay as they are.
   */
  public static void write(Path file, Path caCertificate, Path certificate, Path key, List<String> hosts) {
    ObjectNode root = existing(file);
    root.put("tls", true);
    root.put("tlsverify", true);
    root.put("tlscacert", caCertificate.toAbsolutePath().toString());
    root.put("tlscert", certificate.toAbsolutePath().toString());
    root.put("tlskey", key.toAbsolutePath().toString());
    ArrayNode hostList = root.putArray("hosts");
    hosts.forEach(hostList::add);
    String text;
    try {
      text = JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("daemon.json could not be encoded", e);
    }
    SecureFiles.write(file, text, SecureFiles.permissionsOf(file, SecureFiles.PUBLIC));
  }

  private static ObjectNode existing(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      return JSON.createObjectNode();
    } catch (IOException e) {
      throw new TlsConfigurationException(file.toString(), "cannot be read (" + e.getClass().getSimpleName() + ")",
          "make it readable, or write daemon.json elsewhere", e);
    }
    if (text.isBlank()) {
      return JSON.createObjectNode();
    }
    JsonNode tree;
    try {
      tree = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new TlsConfigurationException(file.toString(), "is not valid JSON (line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")",
          "fix the file so it can be merged; Phoenix does not overwrite a daemon.json it cannot read", e);
    }
    if (!(tree instanceof ObjectNode object)) {
      throw new TlsConfigurationException(file.toString(), "is not a JSON object",
          "daemon.json must be one JSON object; fix it so it can be merged", null);
    }
    return object;
  }
}
