package dev.phoenix.core.compose.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.core.compose.internal.conformance.Fixtures;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VolumeMountsTest {
  private static final NormalizeOptions OPTIONS = new NormalizeOptions("p", Path.of("/project"), Map.of(), Path.of("/home/u"), true, false, null);

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "/var/lib/data;             {type: volume, target: /var/lib/data, volume: {}}",
      "/a;                        {type: volume, target: /a}",
      "data:/var/lib/data;        {type: volume, source: data, target: /var/lib/data, volume: {}}",
      "data:/var/lib/data:ro;     {type: volume, source: data, target: /var/lib/data, read_only: true, volume: {}}",
      "data:/data:nocopy;         {type: volume, source: data, target: /data, volume: {nocopy: true}}",
      "./static:/www/;            {type: bind, source: ./static, target: /www, bind: {}}",
      "/opt:/opt:rw,Z,rshared;    {type: bind, source: /opt, target: /opt, bind: {selinux: Z, propagation: rshared}}",
      "~/configs:/etc/configs:ro; {type: bind, source: ~/configs, target: /etc/configs, read_only: true, bind: {}}",
      "C:\\data:/data;            {type: bind, source: C:\\data, target: /data, bind: {}}",
      "${DIR:-/x}:/data;          {type: volume, source: '${DIR:-/x}', target: /data, volume: {}}",
      "a:/data;                   {type: volume, target: 'a:/data', volume: {}}",
      "data:/data:z;              {type: volume, source: data, target: /data, bind: {selinux: z}, volume: {}}",
  })
  void shortSyntaxBecomesTheLongForm(String spec, String expected) {
    assertThat(Fixtures.differences(Fixtures.yaml("v: " + expected).get("v"), VolumeMounts.parseShort(spec.strip()))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "'';              invalid empty volume spec",
      "ab:/b:ro:x;      invalid spec: ab:/b:ro:x: too many colons",
      "ab::/data;       invalid spec: ab::/data: empty section between colons",
  })
  void invalidShortSyntaxIsRejected(String spec, String message) {
    assertThatThrownBy(() -> VolumeMounts.parseShort(spec.strip())).hasMessage(message.strip());
  }

  @Test
  void bindSourcesBecomeAbsoluteAndDefaultsAreLeftOut() {
    YamlMap project = Fixtures.yaml("""
        services:
          web:
            volumes:
              - .:/code
              - ~/cache:/cache
              - type: bind
                source: ./opt
                target: /opt
              - type: bind
                source: conf
                target: /conf
                bind: {create_host_path: true, propagation: rprivate}
              - type: bind
                source: /srv
                target: /srv
                bind: {create_host_path: false}
              - type: tmpfs
                target: /scratch
                tmpfs: {size: 1m}
              - type: volume
                source: data
                target: /data
                volume: {labels: [a=1]}
        """);

    Object volumes = PortsTest.service(Canonicalizer.canonicalize(project, OPTIONS)).get("volumes");

    assertThat(Fixtures.differences(Fixtures.yaml("""
        volumes:
          - {type: bind, source: /project, target: /code, bind: {}}
          - {type: bind, source: /home/u/cache, target: /cache, bind: {}}
          - {type: bind, source: /project/opt, target: /opt}
          - {type: bind, source: /project/conf, target: /conf, bind: {propagation: rprivate}}
          - {type: bind, source: /srv, target: /srv, bind: {create_host_path: false}}
          - {type: tmpfs, target: /scratch, tmpfs: {size: "1048576"}}
          - {type: volume, source: data, target: /data, volume: {labels: {a: "1"}}}
        """).get("volumes"), volumes)).isEmpty();
  }

  @Test
  void pathsAreKeptAsWrittenWhenResolutionIsOff() {
    NormalizeOptions options = new NormalizeOptions("p", Path.of("/project"), Map.of(), Path.of("/home/u"), false, false, null);
    YamlMap project = Fixtures.yaml("services: {web: {volumes: ['./static:/www', '~/x:/x']}}");

    Object volumes = PortsTest.service(Canonicalizer.canonicalize(project, options)).get("volumes");

    assertThat(Fixtures.differences(Fixtures.yaml("""
        volumes:
          - {type: bind, source: ./static, target: /www, bind: {}}
          - {type: bind, source: ~/x, target: /x, bind: {}}
        """).get("volumes"), volumes)).isEmpty();
  }

  @Test
  void mountsOnTheSameTargetAreMergedLaterWinning() {
    YamlMap project = Fixtures.yaml("services: {web: {volumes: ['first:/data', '/x:/other', 'second:/data/']}}");

    Object volumes = PortsTest.service(Canonicalizer.canonicalize(project, OPTIONS)).get("volumes");

    assertThat(Fixtures.differences(Fixtures.yaml("""
        volumes:
          - {type: volume, source: second, target: /data, volume: {}}
          - {type: bind, source: /x, target: /other, bind: {}}
        """).get("volumes"), volumes)).isEmpty();
  }

  @Test
  void aBindWithoutSourceIsReportedWhereItIs() {
    YamlMap project = Fixtures.yaml("""
        services:
          web:
            volumes:
              - type: bind
                target: /data
        """);

    assertThatThrownBy(() -> Canonicalizer.canonicalize(project, OPTIONS))
        .isInstanceOf(ComposeValidationException.class)
        .hasMessage("compose.yaml:4:9: services.web.volumes[0]: invalid mount config for type \"bind\": field Source must not be empty");
  }

  @Test
  void containerPathsAreCleanedLikeGoPathClean() {
    assertThat(VolumeMounts.clean("/a/b/../c/./d/")).isEqualTo("/a/c/d");
    assertThat(VolumeMounts.clean("/..")).isEqualTo("/");
    assertThat(VolumeMounts.clean("a/../..")).isEqualTo("..");
    assertThat(VolumeMounts.clean("./")).isEqualTo(".");
  }
}
