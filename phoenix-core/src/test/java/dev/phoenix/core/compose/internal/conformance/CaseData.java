package dev.phoenix.core.compose.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading the JSON case files of the shared conformance data. */
final class CaseData {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CaseData() {
  }

  /** The JSON document at {@code file}; a missing file is an error that names it. */
  static JsonNode read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("missing case file " + file);
    }
    return JSON.readTree(file.toFile());
  }

  /** The elements of a JSON array; a missing or empty one is an error, so no case is lost silently. */
  static List<JsonNode> items(JsonNode parent, String field) {
    return array(parent.get(field), "under \"" + field + "\"");
  }

  /** The elements of {@code array}; {@code where} says where it is, for the error when it has none. */
  static List<JsonNode> array(JsonNode array, String where) {
    if (array == null || !array.isArray() || array.isEmpty()) {
      throw new IllegalStateException("no cases " + where);
    }
    List<JsonNode> items = new ArrayList<>(array.size());
    array.forEach(items::add);
    return items;
  }

  /** A JSON object of strings as a map; an absent one is empty. */
  static Map<String, String> strings(JsonNode object) {
    Map<String, String> result = new LinkedHashMap<>();
    if (object != null) {
      object.fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue().asText()));
    }
    return result;
  }
}
