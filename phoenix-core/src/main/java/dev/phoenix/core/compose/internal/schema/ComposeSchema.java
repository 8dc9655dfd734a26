package dev.phoenix.core.compose.internal.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates a merged, interpolated Compose tree against the Compose JSON schema, at the stage where
 * compose-go validates: after interpolation and merge, before short syntax is expanded (the schema
 * accepts both forms).
 *
 * <p>The schema is the one compose-go embeds (see {@code SOURCE.md} beside it), compiled once per
 * JVM. An invalid tree gives one {@link ComposeValidationException} for the most specific problem,
 * with the file position and the YAML path of the value at fault.
 */
public final class ComposeSchema {
  private static final String RESOURCE = "compose-spec.json";
  private static final Schema SCHEMA = compile();

  private ComposeSchema() {
  }

  /** Throws {@link ComposeValidationException} when {@code tree} is not a valid Compose document. */
  public static void validate(Map<String, Object> tree) {
    List<Error> errors = SCHEMA.validate(toJson(tree));
    if (!errors.isEmpty()) {
      throw SchemaErrors.describe(tree, errors);
    }
  }

  private static Schema compile() {
    try (InputStream in = ComposeSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the Compose schema " + RESOURCE + " is missing from the class path");
      }
      JsonNode node = new ObjectMapper().readTree(in);
      // The schema's own $id is relative ("compose_spec.json"): give it a base so it resolves.
      SchemaRegistryConfig config = SchemaRegistryConfig.builder()
          .regularExpressionFactory(SchemaPatterns.INSTANCE)
          .build();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, registry -> registry.schemaRegistryConfig(config))
          .getSchema(SchemaLocation.of("classpath:dev/phoenix/core/compose/internal/schema/" + RESOURCE), node);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Compose schema", e);
    }
  }

  static JsonNode toJson(Object value) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = nodes.objectNode();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        object.set(String.valueOf(entry.getKey()), toJson(entry.getValue()));
      }
      return object;
    }
    if (value instanceof List<?> list) {
      ArrayNode array = nodes.arrayNode(list.size());
      for (Object item : list) {
        array.add(toJson(item));
      }
      return array;
    }
    if (value instanceof String text) {
      return nodes.textNode(text);
    }
    if (value instanceof Boolean bool) {
      return nodes.booleanNode(bool);
    }
    if (value instanceof Long number) {
      return nodes.numberNode(number);
    }
    if (value instanceof Integer number) {
      return nodes.numberNode(number);
    }
    if (value instanceof Double number) {
      return nodes.numberNode(number);
    }
    if (value instanceof BigInteger number) {
      return nodes.numberNode(number);
    }
    if (value == null) {
      return nodes.nullNode();
    }
    // Markers of later stages (a stray !reset) are not Compose values: let the schema reject them.
    return nodes.textNode(String.valueOf(value));
  }

  /** Used by {@link SchemaErrors}: the tree path of a schema error's instance location. */
  static List<Object> pathOf(Error error) {
    var location = error.getInstanceLocation();
    List<Object> path = new ArrayList<>(location.getNameCount());
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      path.add(element instanceof Integer index ? index : String.valueOf(element));
    }
    return path;
  }
}
