package dev.phoenix.core.compose.internal.interpolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.api.compose.InterpolationException;
import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpolatorTest {
  private static final Map<String, String> ENV = Map.of("TAG", "1.25", "PORT", "8080", "EMPTY", "", "YES", "yes");

  @Test
  void valuesAreInterpolatedButKeysNever() {
    Map<String, Object> tree = map("x-$TAG", "${TAG}", "labels", map("$TAG", "v$TAG"));

    InterpolationResult result = Interpolator.interpolate(tree, ENV::get);

    assertThat(result.tree()).isEqualTo(map("x-$TAG", "1.25", "labels", map("$TAG", "v1.25")));
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void nestedMapsAndListsAreWalked() {
    Map<String, Object> tree = map("services", map("web", map(
        "image", "nginx:${TAG}",
        "command", list("run", "--port=$PORT", list("$$literal", 3L, null, true)))));

    Map<String, Object> result = Interpolator.interpolate(tree, ENV::get).tree();

    assertThat(result).isEqualTo(map("services", map("web", map(
        "image", "nginx:1.25",
        "command", list("run", "--port=8080", list("$literal", 3L, null, true))))));
  }

  @Test
  void theInputIsLeftAloneAndUnchangedSubtreesAreShared() {
    Map<String, Object> untouched = map("image", "redis", "ports", list("6379"));
    Map<String, Object> changed = map("image", "nginx:$TAG");
    Map<String, Object> tree = map("services", map("db", untouched, "web", changed));

    Map<String, Object> result = Interpolator.interpolate(tree, ENV::get).tree();

    assertThat(changed).containsEntry("image", "nginx:$TAG");
    assertThat(result).isNotSameAs(tree);
    assertThat(((Map<?, ?>) result.get("services")).get("db")).isSameAs(untouched);
    assertThat(Interpolator.interpolate(untouched, ENV::get).tree()).isSameAs(untouched);
  }

  @Test
  void immutableInputsAreCopiedWhereTheyChange() {
    Map<String, Object> tree = Map.of("services", Map.of("web", Map.of("image", "nginx:$TAG", "tty", "true")));

    Map<String, Object> result = Interpolator.interpolate(tree, ENV::get).tree();

    assertThat(result).isEqualTo(Map.of("services", Map.of("web", Map.of("image", "nginx:1.25", "tty", true))));
  }

  @Test
  void aSubtreeSharedByAnAliasIsInterpolatedOncePerPlace() {
    Map<String, Object> shared = map("A", "$$HOME");
    Map<String, Object> tree = map("x-one", shared, "x-two", shared);

    Map<String, Object> result = Interpolator.interpolate(tree, name -> "/root").tree();

    assertThat(result).isEqualTo(map("x-one", map("A", "$HOME"), "x-two", map("A", "$HOME")));
    assertThat(shared).containsEntry("A", "$$HOME");
  }

  @Test
  void copiesOfYamlNodesKeepLocationsAndOverrideFlags() {
    YamlMap web = new YamlMap(at(3, 5)).override(true);
    web.put("image", "nginx:$TAG", at(4, 12));
    web.put("user", "root", at(5, 11));
    YamlList ports = new YamlList(at(6, 7));
    ports.add("$PORT:80", at(7, 9));
    ports.add("443", at(8, 9));
    web.put("ports", ports, at(7, 9));
    YamlMap root = yamlRoot("web", web);

    Map<String, Object> result = Interpolator.interpolate(root, ENV::get).tree();

    YamlMap webCopy = (YamlMap) ((Map<?, ?>) result.get("services")).get("web");
    assertThat(webCopy).isNotSameAs(web);
    assertThat(webCopy.isOverride()).isTrue();
    assertThat(webCopy.location()).isEqualTo(at(3, 5));
    assertThat(webCopy.locationOf("image")).isEqualTo(at(4, 12));
    assertThat(webCopy.locationOf("user")).isEqualTo(at(5, 11));
    YamlList portsCopy = (YamlList) webCopy.get("ports");
    assertThat(portsCopy).containsExactly("8080:80", "443");
    assertThat(portsCopy.location()).isEqualTo(at(6, 7));
    assertThat(portsCopy.locationOf(1)).isEqualTo(at(8, 9));
  }

  @Test
  void aMissingRequiredVariableNamesLocationPathAndVariable() {
    YamlMap environment = new YamlMap(at(11, 7));
    environment.put("PASSWORD", "${DB_PASSWORD:?set it in .env}", at(12, 14));
    YamlMap db = new YamlMap(at(9, 5));
    db.put("environment", environment, at(11, 7));
    YamlMap root = yamlRoot("db", db);

    InterpolationException error = catchThrowableOfType(InterpolationException.class,
        () -> Interpolator.interpolate(root, ENV::get));

    assertThat(error).hasMessage("compose.yaml:12:14: services.db.environment.PASSWORD: "
        + "required variable DB_PASSWORD is missing a value: set it in .env");
    assertThat(error.yamlPath()).hasValue("services.db.environment.PASSWORD");
  }

  @Test
  void anInvalidTemplateInAListNamesTheItem() {
    YamlList command = new YamlList(at(5, 14));
    command.add("echo", at(5, 15));
    command.add("${ oops}", at(5, 21));
    YamlMap web = new YamlMap(at(4, 5));
    web.put("command", command, at(5, 14));

    InterpolationException error = catchThrowableOfType(InterpolationException.class,
        () -> Interpolator.interpolate(yamlRoot("web", web), ENV::get));

    assertThat(error.getMessage()).startsWith("compose.yaml:5:21: services.web.command[1]: Invalid template: \"${ oops}\"");
  }

  @Test
  void stringsAtTypedPathsAreCastWhetherOrNotTheyHeldAVariable() {
    Map<String, Object> web = map(
        "ports", list(map("target", "$PORT", "published", "80")),
        "deploy", map("replicas", "3", "update_config", map("max_failure_ratio", "0.25")),
        "scale", "2", "cpus", "1.5", "tty", "TRUE", "read_only", "False", "init", "${EMPTY:-true}",
        "healthcheck", map("retries", "+5", "disable", "false"),
        "ulimits", map("nofile", "1024", "nproc", map("soft", "10", "hard", "20")),
        "depends_on", map("db", map("required", "false", "restart", "true")),
        "volumes", list(map("read_only", "true", "volume", map("nocopy", "true"))),
        "environment", map("REPLICAS", "3"));
    Map<String, Object> tree = map("services", map("web", web),
        "networks", map("front", map("external", "true", "enable_ipv6", "false")),
        "volumes", map("data", map("external", "false")));

    Map<?, ?> result = Interpolator.interpolate(tree, ENV::get).tree();

    Map<?, ?> out = (Map<?, ?>) ((Map<?, ?>) result.get("services")).get("web");
    assertThat(out.get("ports")).isEqualTo(list(map("target", 8080L, "published", "80")));
    assertThat(out.get("deploy")).isEqualTo(map("replicas", 3L, "update_config", map("max_failure_ratio", 0.25)));
    assertThat(out.get("scale")).isEqualTo(2L);
    assertThat(out.get("cpus")).isEqualTo(1.5);
    assertThat(out.get("tty")).isEqualTo(true);
    assertThat(out.get("read_only")).isEqualTo(false);
    assertThat(out.get("init")).isEqualTo(true);
    assertThat(out.get("healthcheck")).isEqualTo(map("retries", 5L, "disable", false));
    assertThat(out.get("ulimits")).isEqualTo(map("nofile", 1024L, "nproc", map("soft", 10L, "hard", 20L)));
    assertThat(out.get("depends_on")).isEqualTo(map("db", map("required", false, "restart", true)));
    assertThat(out.get("volumes")).isEqualTo(list(map("read_only", true, "volume", map("nocopy", true))));
    assertThat(out.get("environment")).isEqualTo(map("REPLICAS", "3"));
    assertThat(result.get("networks")).isEqualTo(map("front", map("external", true, "enable_ipv6", false)));
    assertThat(result.get("volumes")).isEqualTo(map("data", map("external", false)));
  }

  @Test
  void valuesThatAreNotStringsAreNotCast() {
    Map<String, Object> tree = map("services", map("web", map("scale", 3L, "tty", 1L, "cpus", 2L)));

    assertThat(Interpolator.interpolate(tree, ENV::get).tree()).isSameAs(tree);
  }

  @Test
  void yaml11BooleansAreAcceptedWithAWarning() {
    YamlMap web = new YamlMap(at(2, 5));
    web.put("privileged", "$YES", at(3, 17));
    web.put("stdin_open", "off", at(4, 17));

    InterpolationResult result = Interpolator.interpolate(yamlRoot("web", web), ENV::get);

    Map<?, ?> out = (Map<?, ?>) ((Map<?, ?>) result.tree().get("services")).get("web");
    assertThat(out.get("privileged")).isEqualTo(true);
    assertThat(out.get("stdin_open")).isEqualTo(false);
    assertThat(result.warnings()).containsExactly(
        "compose.yaml:3:17: services.web.privileged: \"yes\" for boolean is not supported by YAML 1.2, please use `true`",
        "compose.yaml:4:17: services.web.stdin_open: \"off\" for boolean is not supported by YAML 1.2, please use `false`");
  }

  @Test
  void aValueThatCannotBeCastIsAValidationError() {
    YamlMap deploy = new YamlMap(at(6, 7));
    deploy.put("replicas", "${REPLICAS:-many}", at(7, 17));
    YamlMap web = new YamlMap(at(4, 5));
    web.put("deploy", deploy, at(6, 7));

    ComposeValidationException error = catchThrowableOfType(ComposeValidationException.class,
        () -> Interpolator.interpolate(yamlRoot("web", web), ENV::get));

    assertThat(error).hasMessage("compose.yaml:7:17: services.web.deploy.replicas: "
        + "failed to cast to expected type: \"many\" is not an integer");
  }

  @Test
  void badBooleansAndNumbersAreRejectedLikeGoRejectsThem() {
    for (Map.Entry<String, String> bad : List.of(Map.entry("tty", "maybe"), Map.entry("scale", " 2"),
        Map.entry("scale", "1.0"), Map.entry("scale", "٣"), Map.entry("scale", "99999999999999999999"),
        Map.entry("cpus", "1e39"), Map.entry("cpus", "2f"), Map.entry("cpus", ""))) {
      Map<String, Object> tree = map("services", map("web", map(bad.getKey(), bad.getValue())));
      assertThat(catchThrowableOfType(ComposeValidationException.class, () -> Interpolator.interpolate(tree, ENV::get)))
          .as(bad.toString()).isNotNull();
    }
  }

  @Test
  void goNumberSyntaxIsAccepted() {
    Map<String, Object> web = map("cpus", "1_000.5", "cpu_percent", "0x1p-2", "cpu_count", "-0", "pids_limit", "007");

    Map<?, ?> out = (Map<?, ?>) ((Map<?, ?>) Interpolator.interpolate(map("services", map("web", web)), ENV::get)
        .tree().get("services")).get("web");

    assertThat(out.get("cpus")).isEqualTo(1000.5);
    assertThat(out.get("cpu_percent")).isEqualTo(0.25);
    assertThat(out.get("cpu_count")).isEqualTo(0L);
    assertThat(out.get("pids_limit")).isEqualTo(7L);
  }

  @Test
  void aKeyHoldingADotIsSeveralPathPartsAsInCompose() {
    Map<String, Object> tree = map("services", map("my.web", map("tty", "true")), "volumes", map("a.b", map("external", "x")));

    Map<String, Object> result = Interpolator.interpolate(tree, ENV::get).tree();

    assertThat(result).isEqualTo(tree);
  }

  @Test
  void unsetVariablesWarnWithThePath() {
    Map<String, Object> tree = map("services", map("web", map("image", "nginx:${NOPE}", "user", "${NOPE:-root}")));

    InterpolationResult result = Interpolator.interpolate(tree, ENV::get);

    assertThat(result.warnings()).containsExactly(
        "services.web.image: The \"NOPE\" variable is not set. Defaulting to a blank string.");
    assertThat(result.tree()).isEqualTo(map("services", map("web", map("image", "nginx:", "user", "root"))));
  }

  private static YamlMap yamlRoot(String service, YamlMap config) {
    YamlMap services = new YamlMap(at(2, 3));
    services.put(service, config, config.location());
    YamlMap root = new YamlMap(at(1, 1));
    root.put("services", services, at(2, 3));
    return root;
  }

  private static SourceLocation at(int line, int column) {
    return new SourceLocation("compose.yaml", line, column);
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static List<Object> list(Object... items) {
    return new ArrayList<>(Arrays.asList(items));
  }
}
