package dev.phoenix.portainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void versionsParseAndCompare() {
    assertThat(PortainerVersion.parse("2.23.0")).isEqualTo(new PortainerVersion(2, 23, 0));
    assertThat(PortainerVersion.parse("v2.18.4")).isEqualTo(new PortainerVersion(2, 18, 4));
    assertThat(PortainerVersion.parse("2.19")).isEqualTo(new PortainerVersion(2, 19, 0));
    assertThat(PortainerVersion.parse("2.21.0-rc1")).isEqualTo(new PortainerVersion(2, 21, 0));
    assertThat(PortainerVersion.parse("2.18.4").hasTypedCreateRoutes()).isFalse();
    assertThat(PortainerVersion.parse("2.19.0").hasTypedCreateRoutes()).isTrue();
    assertThat(List.of(PortainerVersion.parse("2.9.0"), PortainerVersion.parse("2.19.1"),
        PortainerVersion.parse("2.10.0")).stream().sorted().map(PortainerVersion::toString))
        .containsExactly("2.9.0", "2.10.0", "2.19.1");
    assertThatThrownBy(() -> PortainerVersion.parse("develop")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namesAreNormalizedAsPortainerDoes() {
    assertThat(PortainerStacks.normalizeName("My App.v2")).isEqualTo("myappv2");
    assertThat(PortainerStacks.normalizeName("shop_web-1")).isEqualTo("shop_web-1");
    assertThatThrownBy(() -> PortainerStacks.normalizeName("...")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leaves ''");
    assertThatThrownBy(() -> PortainerStacks.normalizeName("-x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void envHidesValuesAndComparesWithoutOrder() {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("TAG", "1.4");
    a.put("DB_PASSWORD", "hunter2");
    StackEnv env = StackEnv.of(a);
    assertThat(env.toString()).isEqualTo("StackEnv[TAG=***, DB_PASSWORD=***]").doesNotContain("hunter2");
    assertThat(env.names()).containsExactly("TAG", "DB_PASSWORD");
    assertThat(StackEnv.empty().with("DB_PASSWORD", "hunter2").with("TAG", "1.4")).isEqualTo(env);
    assertThat(env.with("TAG", "1.5")).isNotEqualTo(env);
    assertThatThrownBy(() -> env.with("", "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void secretsStayOutOfToString() {
    assertThat(GitSource.of("https://git.example.com/shop").withCredentials("deploy", "s3cret").toString())
        .contains("deploy").doesNotContain("s3cret");
    assertThat(GitRedeploy.of("refs/heads/main", StackEnv.empty()).withCredentials("deploy", "s3cret").toString())
        .doesNotContain("s3cret");
    assertThat(new dev.phoenix.portainer.internal.Credentials.Login("admin", "s3cret").toString())
        .doesNotContain("s3cret");
    assertThat(new dev.phoenix.portainer.internal.Credentials.ApiKey("ptr_s3cret").toString())
        .doesNotContain("s3cret");
  }

  @Test
  void targetsChooseTheStackType() {
    assertThat(StackTarget.compose(1).stackType()).isEqualTo(StackType.COMPOSE);
    assertThat(StackTarget.swarm(1, "abc").stackType()).isEqualTo(StackType.SWARM);
    assertThatThrownBy(() -> StackTarget.compose(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AutoUpdate(null, " ", false, false)).isInstanceOf(IllegalArgumentException.class);
  }
}
