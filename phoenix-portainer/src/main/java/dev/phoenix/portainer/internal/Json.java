package dev.phoenix.portainer.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phoenix.portainer.StackEnv;
import java.util.Map;

/** The one Jackson mapper, and lenient reading of Portainer's JSON (unknown fields are ignored). */
public final class Json {
  /** Shared and thread-safe once configured. */
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private Json() {
  }

  /** The tree of {@code text}, or null when it is not JSON. */
  public static JsonNode readOrNull(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** A new JSON object. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The text of the first of {@code names} present and not null in {@code node}, else {@code ""}. */
  public static String text(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode value = node.get(name);
      if (value != null && !value.isNull()) {
        return value.isValueNode() ? value.asText() : value.toString();
      }
    }
    return "";
  }

  /** Portainer's {@code Env} list, {@code [{"name", "value"}]}; a later duplicate name wins. */
  public static StackEnv env(JsonNode list) {
    StackEnv env = StackEnv.empty();
    if (list != null && list.isArray()) {
      for (JsonNode pair : list) {
        String name = text(pair, "name", "Name");
        if (!name.isEmpty()) {
          env = env.with(name, text(pair, "value", "Value"));
        }
      }
    }
    return env;
  }

  /** {@code env} as Portainer's {@code Env} list. */
  public static ArrayNode envList(StackEnv env) {
    ArrayNode list = MAPPER.createArrayNode();
    for (Map.Entry<String, String> entry : env.asMap().entrySet()) {
      list.addObject().put("name", entry.getKey()).put("value", entry.getValue());
    }
    return list;
  }

  /** {@code node} as JSON text. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }
}
