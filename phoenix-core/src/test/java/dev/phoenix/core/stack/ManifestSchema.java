package dev.phoenix.core.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The manifest's JSON Schema ({@link StackManifests#SCHEMA_RESOURCE}), compiled once for the tests
 * that hold it and the reader to the same answers. The reader binds with its own, more precise
 * errors; the schema is what editors and other tools check against.
 */
final class ManifestSchema {
  private static final Schema SCHEMA = compile();

  private ManifestSchema() {
  }

  /** The schema's complaints about the JSON document {@code json}, empty when it is valid. */
  static List<String> validate(String json) {
    JsonNode node;
    try {
      node = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      return List.of("invalid JSON: " + e.getMessage());
    }
    List<Error> errors = SCHEMA.validate(node);
    return errors.stream().map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
  }

  /** The schema itself, as a JSON tree. */
  static JsonNode tree() {
    try (InputStream in = ManifestSchema.class.getClassLoader().getResourceAsStream(StackManifests.SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the manifest schema " + StackManifests.SCHEMA_RESOURCE + " is missing from the class path");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the manifest schema", e);
    }
  }

  private static Schema compile() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("classpath:" + StackManifests.SCHEMA_RESOURCE), tree());
  }
}
