package dev.phoenix.core.tls.context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phoenix.api.endpoint.EndpointResolutionException;
import dev.phoenix.api.endpoint.TlsMaterial;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A context's {@code meta.json} and TLS directory, in the docker CLI 28 layout:
 * {@code {"Name":"x","Metadata":{"Description":"d"},"Endpoints":{"docker":{"Host":"tcp://h:2376","SkipTLSVerify":false}}}}
 * beside {@code contexts/tls/<same hash>/docker/{ca,cert,key}.pem}.
 */
final class MetaFile {
  static final String FILE_NAME = "meta.json";
  static final String ENDPOINT = "docker";
  static final String CA = "ca.pem";
  static final String CERT = "cert.pem";
  static final String KEY = "key.pem";

  private static final ObjectMapper JSON = new ObjectMapper();

  private MetaFile() {
  }

  /** Reads the context stored in {@code metadataDirectory}, its TLS files taken from {@code tlsDirectory}. */
  static DockerContext read(Path metadataDirectory, Path tlsDirectory) {
    Path file = metadataDirectory.resolve(FILE_NAME);
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new EndpointResolutionException("cannot read docker context file " + file + ": " + e.getMessage(), List.of());
    }
    if (root == null || !root.isObject() || !root.path("Name").isTextual()) {
      throw new EndpointResolutionException("docker context file " + file + " has no \"Name\"", List.of());
    }
    String name = root.get("Name").asText();
    JsonNode endpoint = root.path("Endpoints").path(ENDPOINT);
    return new DockerContext(name, root.path("Metadata").path("Description").asText(""),
        endpoint.path("Host").asText(""), endpoint.path("SkipTLSVerify").asBoolean(false),
        tls(name, tlsDirectory.resolve(ENDPOINT)), false, metadataDirectory);
  }

  /** The TLS material stored for a context, or null when it has none. */
  private static TlsMaterial tls(String name, Path directory) {
    Path ca = present(directory.resolve(CA));
    Path cert = present(directory.resolve(CERT));
    Path key = present(directory.resolve(KEY));
    if (ca == null && cert == null && key == null) {
      return null;
    }
    if ((cert == null) != (key == null)) {
      Path missing = directory.resolve(cert == null ? CERT : KEY);
      throw new EndpointResolutionException("docker context \"" + name + "\" has a client "
          + (cert == null ? "key but no certificate" : "certificate but no key") + ": " + missing + " is missing",
          List.of());
    }
    return new TlsMaterial(ca, cert, key, null);
  }

  private static Path present(Path file) {
    return Files.isRegularFile(file) ? file : null;
  }

  /** The compact JSON the docker CLI writes, without a trailing newline. */
  static byte[] render(String name, String host, boolean skipTlsVerify, String description) {
    ObjectNode root = JSON.createObjectNode();
    root.put("Name", name);
    ObjectNode metadata = root.putObject("Metadata");
    if (description != null && !description.isEmpty()) {
      metadata.put("Description", description);
    }
    ObjectNode endpoint = root.putObject("Endpoints").putObject(ENDPOINT);
    endpoint.put("Host", host);
    endpoint.put("SkipTLSVerify", skipTlsVerify);
    try {
      return JSON.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new IllegalStateException("an in-memory JSON tree always renders", e);
    }
  }
}
