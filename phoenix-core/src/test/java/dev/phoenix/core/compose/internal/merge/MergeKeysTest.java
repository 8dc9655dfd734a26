package dev.phoenix.core.compose.internal.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergeKeysTest {
  private static final YamlPath PATH = YamlPath.ROOT.key("services").key("web").key("volumes");

  @Test
  void volumeTargetsAsComposeGoParsesThem() {
    assertThat(VolumeTarget.of("/data")).isEqualTo("/data");
    assertThat(VolumeTarget.of("db:/var/lib/db:ro")).isEqualTo("/var/lib/db");
    assertThat(VolumeTarget.of("C:\\data:/data")).isEqualTo("/data");
    assertThat(VolumeTarget.of("${HOME:-/srv}:/home")).isEqualTo("/home");
    assertThat(VolumeTarget.of("ab")).isEqualTo("ab");
    assertThat(VolumeTarget.of("a:/b:ro")).as("a one-letter source is a drive").isEqualTo("ro");
    assertThatThrownBy(() -> VolumeTarget.of("vol::/b")).hasMessage("invalid spec: vol::/b: empty section between colons");
    assertThatThrownBy(() -> VolumeTarget.of("vol:/b:ro:x")).hasMessage("invalid spec: vol:/b:ro:x: too many colons");
  }

  @Test
  void keysSayWhichItemsAreTheSame() {
    assertThat(UniqueKey.VOLUME.of(Map.of("type", "bind", "target", "/b"), null, PATH)).isEqualTo("/b");
    assertThat(UniqueKey.DEVICE.of("/dev/nvme0n1:/dev/sda:rwm", null, PATH)).isEqualTo("/dev/sda");
    assertThat(UniqueKey.SECRET.of("token", null, PATH)).isEqualTo("/run/secrets/token");
    assertThat(UniqueKey.CONFIG.of(Map.of("source", "app"), null, PATH)).isEqualTo("/app");
    assertThat(UniqueKey.KEY_VALUE.of("FOO=bar=baz", null, PATH)).isEqualTo("FOO");
    assertThat(UniqueKey.EXPOSE.of(3000L, null, PATH)).isEqualTo("3000");
    assertThat(UniqueKey.ENV_FILE.of(Map.of("path", "a.env", "required", false), null, PATH)).isEqualTo("a.env");
  }

  @Test
  void portKeysMatchComposeGoOnes() {
    Map<String, Object> port = new LinkedHashMap<>();
    port.put("target", 80L);
    port.put("published", "8080");
    assertThat(UniqueKey.PORT.of(port, null, PATH)).isEqualTo("0.0.0.0:8080:80/tcp");
    port.put("published", 8080L);
    port.put("protocol", "udp");
    assertThat(UniqueKey.PORT.of(port, null, PATH)).isEqualTo("0.0.0.0:%!s(int=8080):80/udp");
    assertThat(UniqueKey.PORT.of(Map.of("target", 80L), null, PATH)).isEqualTo("0.0.0.0:%!s(<nil>):80/tcp");
    assertThat(UniqueKey.PORT.of("127.0.0.1:80:80", null, PATH)).isEqualTo("127.0.0.1:80:80");
  }

  @Test
  void keyValueNeedsStrings() {
    assertThatThrownBy(() -> UniqueKey.KEY_VALUE.of(1L, null, PATH.index(2)))
        .hasMessage("services.web.volumes[2]: unexpected type integer, expected a string");
  }

  @Test
  void valuesPrintLikeGo() {
    assertThat(GoText.value(1.5)).isEqualTo("1.5");
    assertThat(GoText.value(100000.0)).isEqualTo("100000");
    assertThat(GoText.value(1000000.0)).isEqualTo("1e+06");
    assertThat(GoText.value(1234567.0)).isEqualTo("1.234567e+06");
    assertThat(GoText.value(0.0001)).isEqualTo("0.0001");
    assertThat(GoText.value(0.00001)).isEqualTo("1e-05");
    assertThat(GoText.value(-2.0)).isEqualTo("-2");
    assertThat(GoText.value(true)).isEqualTo("true");
    assertThat(GoText.value(List.of(1L, "a"))).isEqualTo("[1 a]");
    assertThat(GoText.value(Map.of("b", 2L, "a", 1L))).isEqualTo("map[a:1 b:2]");
  }

  @Test
  void keyValueSequencesAreSortedLikeGoStrings() {
    Map<String, Object> labels = new LinkedHashMap<>();
    labels.put("b", null);
    labels.put("a", List.of("x", "y"));
    labels.put("\uD83D\uDE00", "smile");
    labels.put("\uFF21", "wide");
    assertThat(KeyValues.sorted(labels)).containsExactly("a=x", "a=y", "b", "\uFF21=wide", "\uD83D\uDE00=smile");
  }
}
