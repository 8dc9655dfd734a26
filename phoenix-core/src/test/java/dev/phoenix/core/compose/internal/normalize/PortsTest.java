package dev.phoenix.core.compose.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.core.compose.internal.conformance.Fixtures;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PortsTest {
  private static final NormalizeOptions OPTIONS = new NormalizeOptions("p", Path.of("/project"), Map.of(), Path.of("/home/u"), true, false, null);

  /** Each short form, rendered as {@code host_ip|published|target|protocol} per resulting entry. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "80;                            |  |80|tcp",
      "80/udp;                        |  |80|udp",
      "8080:80;                       |8080|80|tcp",
      "3001-3003;                     |  |3001|tcp,  |  |3002|tcp,  |  |3003|tcp",
      "9090-9091:8080-8081;           |9090|8080|tcp,  |9091|8081|tcp",
      "127.0.0.1:8001:8001;           127.0.0.1|8001|8001|tcp",
      "127.0.0.1:5000-5001:5000-5001; 127.0.0.1|5000|5000|tcp,  127.0.0.1|5001|5001|tcp",
      "127.0.0.1::80;                 127.0.0.1|  |80|tcp",
      "[::1]:80:80;                   ::1|80|80|tcp",
      "::1:80:80;                     ::1|80|80|tcp",
      "8000-8010:80;                  |8000-8010|80|tcp",
      "9-11;                          |  |10|tcp,  |  |11|tcp,  |  |9|tcp",
      "53:53/SCTP;                    |53|53|sctp",
  })
  void shortSyntaxBecomesOneLongEntryPerContainerPort(String spec, String expected) {
    List<String> rendered = Ports.parseShort(spec.strip()).stream().map(PortsTest::render).toList();

    assertThat(rendered).containsExactlyElementsOf(List.of(expected.replace(" ", "").split(",")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "80:abc;          invalid containerPort: abc",
      "abc:80;          invalid hostPort: abc",
      "8080-8081:80-82; invalid ranges specified for container and host Ports: 80-82 and 8080-8081",
      "80/xyz;          invalid proto: xyz",
      "1.2.3:80:80;     invalid IP address: 1.2.3",
      "[::1:80:80;      invalid IP address [::1: missing ']' in address",
      "80:;             no port specified: 80:<empty>",
      "70000;           invalid containerPort: 70000",
      "90-80;           invalid containerPort: 90-80",
  })
  void invalidShortSyntaxIsRejected(String spec, String message) {
    assertThatThrownBy(() -> Ports.parseShort(spec.strip())).hasMessage(message.strip());
  }

  @Test
  void everyFormBecomesTheLongFormWithDefaults() {
    YamlMap project = Fixtures.yaml("""
        services:
          web:
            ports:
              - 3000
              - "8000:8000"
              - target: "80"
                published: 8080
              - target: 443
                host_ip: 10.0.0.1
                protocol: udp
                mode: host
                x-note: kept
        """);

    Object ports = service(Canonicalizer.canonicalize(project, OPTIONS)).get("ports");

    assertThat(Fixtures.differences(Fixtures.yaml("""
        ports:
          - {mode: ingress, target: 3000, protocol: tcp}
          - {mode: ingress, target: 8000, published: "8000", protocol: tcp}
          - {mode: ingress, target: 80, published: "8080", protocol: tcp}
          - {mode: host, host_ip: 10.0.0.1, target: 443, protocol: udp, x-note: kept}
        """).get("ports"), ports)).isEmpty();
  }

  @Test
  void entriesThatTurnOutEqualAreMergedLaterWinning() {
    YamlMap project = Fixtures.yaml("""
        services:
          web:
            ports: ["8080:80", {target: 80, published: "8080", app_protocol: http}, "8081:81"]
        """);

    List<?> ports = (List<?>) service(Canonicalizer.canonicalize(project, OPTIONS)).get("ports");

    assertThat(ports).hasSize(2);
    assertThat(((Map<?, ?>) ports.get(0)).get("app_protocol")).isEqualTo("http");
  }

  @Test
  void anInvalidPortIsReportedWithItsPositionAndPath() {
    YamlMap project = Fixtures.yaml("""
        services:
          web:
            image: nginx
            ports:
              - "8080:80"
              - "80:abc"
        """);

    assertThatThrownBy(() -> Canonicalizer.canonicalize(project, OPTIONS))
        .isInstanceOf(ComposeValidationException.class)
        .hasMessage("compose.yaml:6:9: services.web.ports[1]: invalid port \"80:abc\": invalid containerPort: abc");
  }

  @Test
  void aBooleanPortIsAnError() {
    YamlMap project = Fixtures.yaml("services: {web: {ports: [true]}}");

    assertThatThrownBy(() -> Canonicalizer.canonicalize(project, OPTIONS))
        .isInstanceOf(ComposeValidationException.class)
        .hasMessageContaining("services.web.ports[0]: invalid type boolean true for port");
  }

  static YamlMap service(YamlMap project) {
    return (YamlMap) ((YamlMap) project.get("services")).get("web");
  }

  private static String render(Map<String, Object> port) {
    return value(port.get("host_ip")) + "|" + value(port.get("published")) + "|" + port.get("target") + "|" + port.get("protocol");
  }

  private static String value(Object value) {
    return value == null ? "" : value.toString();
  }
}
