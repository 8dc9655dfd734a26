package dev.phoenix.core.engine.internal.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
  @Test
  void keysAreSortedAtEveryDepthWhateverTheMapOrder() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", 1L);
    inner.put("a", true);
    Map<String, Object> outer = new HashMap<>();
    outer.put("b", inner);
    outer.put("a", Arrays.asList("y", null, "x"));

    assertThat(CanonicalJson.write(outer)).isEqualTo("{\"a\":[\"y\",null,\"x\"],\"b\":{\"a\":true,\"z\":1}}");
  }

  @Test
  void everyNumberHasOneForm() {
    assertThat(CanonicalJson.write(List.of(1, 1L, 1.0, 0.5, 0.50, 1e21, -0.0, 2.5e-7)))
        .isEqualTo("[1,1,1,0.5,0.5,1000000000000000000000,0,0.00000025]");
  }

  @Test
  void stringsAreEscapedOnlyWhereJsonRequires() {
    assertThat(CanonicalJson.write("a\"b\\c\nd\te\u0001é/"))
        .isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001é/\"");
  }

  @Test
  void anUnknownTypeIsRefused() {
    assertThatThrownBy(() -> CanonicalJson.write(Map.of("when", new Object())))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
