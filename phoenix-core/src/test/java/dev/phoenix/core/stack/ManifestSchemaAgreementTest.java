package dev.phoenix.core.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.phoenix.api.stack.GpuReservation;
import dev.phoenix.api.stack.Hardening;
import dev.phoenix.api.stack.HealthPolicy;
import dev.phoenix.api.stack.ManifestException;
import dev.phoenix.api.stack.ManifestHealthcheck;
import dev.phoenix.api.stack.ManifestNetwork;
import dev.phoenix.api.stack.ManifestResources;
import dev.phoenix.api.stack.ResourceAmounts;
import dev.phoenix.api.stack.ServiceManifest;
import dev.phoenix.api.stack.StackManifest;
import dev.phoenix.api.stack.TargetOptions;
import dev.phoenix.api.stack.TraefikRoute;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The shipped JSON Schema and the records accept and refuse the same documents. */
class ManifestSchemaAgreementTest {

  @Test
  void everyRecordComponentIsInTheSchemaAndViceVersa() {
    JsonNode schema = ManifestSchema.tree();
    JsonNode defs = schema.get("$defs");
    Map<Class<?>, JsonNode> objects = new LinkedHashMap<>();
    objects.put(StackManifest.class, schema);
    objects.put(ManifestNetwork.class, defs.get("network"));
    objects.put(TargetOptions.class, defs.get("target"));
    objects.put(HealthPolicy.class, defs.get("health"));
    objects.put(ServiceManifest.class, defs.get("service"));
    objects.put(TraefikRoute.class, defs.get("traefik"));
    objects.put(Hardening.class, defs.get("hardening").get("oneOf").get(1));
    objects.put(ManifestResources.class, defs.get("resources"));
    objects.put(ResourceAmounts.class, defs.get("amounts"));
    objects.put(GpuReservation.class, defs.get("gpu"));
    objects.put(ManifestHealthcheck.class, defs.get("healthcheck"));
    objects.forEach((type, node) -> {
      Set<String> components = new TreeSet<>();
      Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(components::add);
      Set<String> properties = new TreeSet<>();
      node.get("properties").fieldNames().forEachRemaining(properties::add);
      assertThat(properties).as(type.getSimpleName()).isEqualTo(components);
      assertThat(node.get("additionalProperties").asBoolean(true)).as(type.getSimpleName() + " is closed").isFalse();
    });
  }

  @Test
  void everyRecordOfTheModelIsCovered() {
    Set<Class<?>> seen = new java.util.HashSet<>();
    collect(StackManifest.class, seen);
    assertThat(seen).containsExactlyInAnyOrder(StackManifest.class, ManifestNetwork.class, TargetOptions.class,
        HealthPolicy.class, ServiceManifest.class, TraefikRoute.class, Hardening.class, ManifestResources.class,
        ResourceAmounts.class, GpuReservation.class, ManifestHealthcheck.class, dev.phoenix.api.stack.SecretRef.class);
  }

  private static void collect(Class<?> type, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      Stream.concat(Stream.of(component.getType()), typeArguments(component))
          .filter(Class::isRecord)
          .forEach(nested -> collect(nested, seen));
    }
  }

  private static Stream<Class<?>> typeArguments(RecordComponent component) {
    if (component.getGenericType() instanceof java.lang.reflect.ParameterizedType parameterized) {
      return Arrays.stream(parameterized.getActualTypeArguments())
          .filter(Class.class::isInstance).map(t -> (Class<?>) t);
    }
    return Stream.empty();
  }

  static Stream<String> goodManifests() {
    return Stream.of(
        "{}",
        StackManifestsTest.ISSUE_EXAMPLE,
        "{\"services\": {\"web\": {\"hardening\": false, \"pinDigest\": true, \"restart\": \"unless-stopped\"}}}",
        "{\"services\": {\"web\": {\"hardening\": {\"user\": \"app\", \"tmpfs\": [\"/tmp\", \"/run\"]}}}}",
        "{\"target\": {\"uri\": \"docker+context:prod\", \"pull\": \"never\", \"removeOrphans\": false}}",
        "{\"target\": {\"uri\": \"portainer:https://p.example:9443?endpoint=3\"}, \"updates\": \"include\"}",
        "{\"health\": {\"timeout\": \"2m\", \"rollbackOnFailure\": true}}",
        "{\"services\": {\"ml\": {\"gpu\": {\"deviceIds\": [\"0\"]}, \"resources\": {\"limits\": {\"cpus\": 2, \"memory\": \"1g\", \"pids\": 50}}}}}",
        "{\"services\": {\"web\": {\"secrets\": {\"A\": \"file:/run/a\", \"B\": \"vault:kv/x\"}, \"traefik\": {\"hosts\": [\"a.example\", \"*.b.example\"], \"router\": \"web-1\", \"middlewares\": [\"auth@file\"]}}}}",
        "{\"services\": {\"web\": {\"healthcheck\": {\"command\": \"true\", \"interval\": \"1m30s\", \"retries\": 2}}}}");
  }

  @ParameterizedTest
  @MethodSource("goodManifests")
  void aGoodManifestPassesBoth(String json) {
    assertThat(ManifestSchema.validate(json)).isEmpty();
    assertThat(StackManifests.parse("phoenix.json", json)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[]",
      "{\"nmae\": \"shop\"}",
      "{\"name\": \"Shop\"}",
      "{\"name\": null}",
      "{\"environment\": {\"TZ\": 1}}",
      "{\"environment\": {\"1TZ\": \"UTC\"}}",
      "{\"networks\": {\"traefik\": {\"external\": \"yes\"}}}",
      "{\"networks\": {\"traefik\": {\"driver\": \"overlay\"}}}",
      "{\"target\": {\"uri\": \"kubernetes\"}}",
      "{\"target\": {\"uri\": \"docker:extra\"}}",
      "{\"target\": {\"uri\": \"portainer:https://p.example:9443\"}}",
      "{\"target\": {\"pull\": \"if_not_present\"}}",
      "{\"updates\": \"never\"}",
      "{\"health\": {\"timeout\": \"2 minutes\"}}",
      "{\"health\": {\"rollbackOnFailure\": true}}",
      "{\"services\": {\"web\": {\"traefik\": {\"port\": 0}}}}",
      "{\"services\": {\"web\": {\"traefik\": {\"port\": 70000}}}}",
      "{\"services\": {\"web\": {\"traefik\": {\"port\": \"8080\"}}}}",
      "{\"services\": {\"web\": {\"traefik\": {\"prot\": 8080}}}}",
      "{\"services\": {\"web\": {\"traefik\": {\"pathPrefix\": \"api\"}}}}",
      "{\"services\": {\"web\": {\"traefik\": {\"host\": \"a b\"}}}}",
      "{\"services\": {\"web\": {\"traefik\": {\"tls\": false, \"certResolver\": \"le\"}}}}",
      "{\"services\": {\"web\": {\"secrets\": {\"DB\": \"SHOP_DB_PASSWORD\"}}}}",
      "{\"services\": {\"web\": {\"secrets\": {\"DB\": \"Env:X\"}}}}",
      "{\"services\": {\"web\": {\"secrets\": {\"DB\": \"env:not a name\"}}}}",
      "{\"services\": {\"web\": {\"secrets\": {\"DB\": \"file:relative\"}}}}",
      "{\"services\": {\"web\": {\"hardening\": \"yes\"}}}",
      "{\"services\": {\"web\": {\"hardening\": {\"readonly\": true}}}}",
      "{\"services\": {\"web\": {\"hardening\": {\"keepCapabilities\": [\"net_admin\"]}}}}",
      "{\"services\": {\"web\": {\"networks\": [\"a\", \"a\"]}}}",
      "{\"services\": {\"web\": {\"restart\": \"sometimes\"}}}",
      "{\"services\": {\"web\": {\"resources\": {\"limits\": {\"memory\": \"lots\"}}}}}",
      "{\"services\": {\"web\": {\"resources\": {\"limits\": {\"cpus\": 0}}}}}",
      "{\"services\": {\"web\": {\"resources\": {\"reservations\": {\"pids\": 5}}}}}",
      "{\"services\": {\"web\": {\"gpu\": {\"count\": 1, \"deviceIds\": [\"0\"]}}}}",
      "{\"services\": {\"web\": {\"healthcheck\": {\"interval\": \"10s\"}}}}",
      "{\"services\": {\"web\": {\"pinDigest\": 1}}}",
      "{\"services\": {\"web\": null}}"
  })
  void aBadManifestFailsBoth(String json) {
    assertThat(ManifestSchema.validate(json)).as("schema errors for " + json).isNotEmpty();
    assertThatThrownBy(() -> StackManifests.parse("phoenix.json", json)).isInstanceOf(ManifestException.class);
  }
}
