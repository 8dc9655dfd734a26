package dev.phoenix.core.compose.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.phoenix.api.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreePathTest {

  @Test
  void rendersKeysAndIndexes() {
    assertThat(TreePath.render(List.of("services", "web", "ports", 1))).isEqualTo("services.web.ports[1]");
  }

  @Test
  void quotesKeysThatAreNotPlainAndKeepsTheMessageOnOneLine() {
    assertThat(TreePath.render(List.of("services", "web", "labels", "com.example.a")))
        .isEqualTo("services.web.labels.\"com.example.a\"");
    assertThat(TreePath.render(List.of("a\nb", "say \"hi\"", "tab\there")))
        .isEqualTo("\"a\\nb\".\"say \\\"hi\\\"\".\"tab\\there\"");
  }

  @Test
  void locatesTheNearestKnownPosition() {
    YamlMap root = new YamlMap(new SourceLocation("c.yaml", 1, 1));
    YamlMap services = new YamlMap(new SourceLocation("c.yaml", 2, 3));
    YamlList ports = new YamlList(new SourceLocation("c.yaml", 4, 7));
    ports.add("80:80", new SourceLocation("c.yaml", 5, 9));
    ports.add("bad");
    services.put("ports", ports, new SourceLocation("c.yaml", 4, 7));
    root.put("services", services, new SourceLocation("c.yaml", 2, 3));

    assertThat(TreePath.locate(root, List.of("services", "ports", 0))).hasToString("c.yaml:5:9");
    assertThat(TreePath.locate(root, List.of("services", "ports", 1))).hasToString("c.yaml:4:7");
    assertThat(TreePath.locate(root, List.of("services", "missing", "deeper"))).hasToString("c.yaml:2:3");
  }
}
