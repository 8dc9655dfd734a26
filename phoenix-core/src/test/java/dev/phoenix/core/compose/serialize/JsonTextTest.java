package dev.phoenix.core.compose.serialize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phoenix.core.compose.internal.conformance.Fixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON text is Go's {@code json.MarshalIndent} output, escapes included. */
class JsonTextTest {
  @Test
  void escapesAsGoDoes() {
    String json = JsonWriter.write(Map.of("k", "<a href=\"x\">&</a>\u2028\u2029\t\u0001\u007f\u00e9\ud83d\udc33\\"), false);

    assertThat(json).isEqualTo("{\n  \"k\": \"\\u003ca href=\\\"x\\\"\\u003e\\u0026\\u003c/a\\u003e\\u2028\\u2029\\t"
        + "\\u0001\u007f\u00e9\ud83d\udc33\\\\\"\n}\n");
  }

  @Test
  void loneSurrogatesBecomeReplacementCharacters() {
    assertThat(JsonWriter.write(List.of("a\ud800b"), false)).isEqualTo("[\n  \"a\\ufffdb\"\n]\n");
  }

  @Test
  void indentsLikeMarshalIndent() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("empty", Map.of());
    tree.put("list", List.of());
    List<Object> nested = new ArrayList<>();
    nested.add(null);
    nested.add(1L);
    nested.add(2.5);
    nested.add(Map.of("a", true));
    tree.put("nested", nested);

    String json = JsonWriter.write(tree, false);

    assertThat(json).isEqualTo("{\n  \"empty\": {},\n  \"list\": [],\n  \"nested\": [\n    null,\n    1,\n    2.5,\n"
        + "    {\n      \"a\": true\n    }\n  ]\n}\n");
    assertThat(Fixtures.json(json)).isEqualTo(Map.of("empty", Map.of(), "list", List.of(), "nested",
        java.util.Arrays.asList(null, 1, 2.5, Map.of("a", true))));
  }
}
