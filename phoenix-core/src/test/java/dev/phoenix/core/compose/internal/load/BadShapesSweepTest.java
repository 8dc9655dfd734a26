package dev.phoenix.core.compose.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phoenix.api.compose.ComposeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every key the Compose schema defines, given every shape of value, in one file and across two
 * files: the loader either loads or throws a {@link ComposeException} that starts with the file,
 * line and column. Nothing else (no NullPointerException, ClassCastException...) may escape.
 */
class BadShapesSweepTest {
  private static final List<String> SHAPES = List.of(
      "5", "-1", "1.5", "x", "''", "true", "null", "[]", "[1]", "[null]", "[[1]]", "[{a: 1}]",
      "{}", "{a: 1}", "{a: null}", "{a: [1]}", "{a: {b: 1}}", "{x-a: 1}");
  private static final List<String> MERGE_SHAPES = List.of("x", "[x]", "{a: x}", "null");

  @TempDir
  Path temp;

  @Test
  void oneFile() throws IOException {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, List<String>> section : sections().entrySet()) {
      for (String key : section.getValue()) {
        for (String shape : SHAPES) {
          check(failures, List.of(wrap(section.getKey(), key, shape)));
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void twoFiles() throws IOException {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, List<String>> section : sections().entrySet()) {
      for (String key : section.getValue()) {
        for (String base : MERGE_SHAPES) {
          for (String override : MERGE_SHAPES) {
            check(failures, List.of(wrap(section.getKey(), key, base), wrap(section.getKey(), key, override)));
          }
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void handPickedShapes() {
    List<String> failures = new ArrayList<>();
    for (String yaml : List.of(
        "", "---\n", "null\n", "[]\n", "5\n", "services:\n", "services: []\n", "services: {s: }\n",
        "services: {s: [1]}\n", "services: {s: x}\n", "services: {'': {image: x}}\n",
        "services: {s: {image: x, extends: {service: s}}}\n",
        "services: {s: {image: x, extends: {file: 5, service: t}}}\n",
        "services: {s: {image: x, extends: {file: [a], service: t}}}\n",
        "services: {s: {image: x, extends: {}}}\n",
        "services: {s: {image: x, depends_on: {t: {condition: bogus}}}, t: {image: x}}\n",
        "services: {s: {image: x, depends_on: [s]}}\n",
        "services: {s: {image: x, ports: ['99999:80', 'a:b', '1-2:3-5', '::::']}}\n",
        "services: {s: {image: x, volumes: [':', '::', 'a:b:c:d', {type: bind}, {type: nope, target: /x}]}}\n",
        "services: {s: {image: x, env_file: [{path: null}]}}\n",
        "services: {s: {image: x, env_file: [{required: false}]}}\n",
        "services: {s: {image: x, environment: [null, 5, '=x', 'A']}}\n",
        "services: {s: {image: x, networks: {n: [1]}}}\nnetworks: {n: {}}\n",
        "services: {s: {image: x, secrets: [{source: nope}]}}\n",
        "services: {s: {image: x, deploy: {resources: {limits: {cpus: abc, memory: lots}}}}}\n",
        "services: {s: {image: x, healthcheck: {interval: forever}}}\n",
        "services: {s: {image: x, profiles: [a], depends_on: [t]}, t: {image: x, profiles: [b]}}\n",
        "services: {s: {<<: 5}}\n", "services: {s: {<<: [5]}}\n", "x-a: &a 1\nservices: {s: {<<: *a}}\n",
        "services: {s: {image: !reset x}}\n", "services: !override {s: {image: x}}\n", "services: {s: {image: !unknown x}}\n",
        "include: [{path: compose.yaml, project_directory: 5}]\n",
        "name: ''\nservices: {s: {image: x}}\n", "name: '${X:?}'\n", "name: '!!!'\n",
        "volumes: {v: {external: true, driver: local}}\nservices: {s: {image: x, volumes: [v:/v]}}\n",
        "networks: {default: {external: true}}\nservices: {s: {image: x}}\n",
        "services: {s: {image: x, build: {context: 5, args: [null]}}}\n",
        "services: {s: {image: x, command: '\"unclosed'}}\n",
        "services: {s: {image: x, network_mode: 'service:nope'}}\n",
        "services: {s: {image: x, volumes_from: [nope]}}\n")) {
      check(failures, List.of(yaml));
    }
    assertThat(failures).isEmpty();
  }

  private void check(List<String> failures, List<String> files) {
    var builder = ComposeLoaderFor.temp(temp);
    for (int i = 0; i < files.size(); i++) {
      builder.content(i == 0 ? "compose.yaml" : "override" + i + ".yaml", files.get(i));
    }
    try {
      builder.load();
    } catch (ComposeException e) {
      if (e.location().isPresent() && !e.getMessage().startsWith(e.location().get() + ": ")) {
        failures.add(files + " -> message does not start with its location: " + e.getMessage());
      }
      // A whole-file location is right only for a problem with a file as a whole (empty, unreadable).
      if (e.location().isEmpty()
          || e.location().get().line() == 0 && !(e instanceof dev.phoenix.api.compose.ComposeFileException)) {
        failures.add(files + " -> no line: " + e.getMessage());
      }
    } catch (RuntimeException | StackOverflowError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      failures.add(files + " -> " + trace.toString().lines().limit(4).reduce((a, b) -> a + " | " + b).orElse(""));
    }
  }

  private static String wrap(String section, String key, String shape) {
    String entry = "{" + quote(key) + ": " + shape + "}";
    return switch (section) {
      case "top" -> "services: {s: {image: busybox}}\n" + quote(key) + ": " + shape + "\n";
      case "service" -> "services: {s: {image: busybox, " + quote(key) + ": " + shape + "}}\n";
      case "build", "deploy", "healthcheck", "logging", "develop" ->
          "services: {s: {image: busybox, " + section + ": " + entry + "}}\n";
      case "ports", "volume_mount", "secret_ref", "ulimit" -> "services: {s: {image: busybox, "
          + switch (section) {
            case "ports" -> "ports: [" + entry + "]";
            case "volume_mount" -> "volumes: [{type: bind, source: ., target: /x, " + quote(key) + ": " + shape + "}]";
            case "secret_ref" -> "secrets: [{source: sec, " + quote(key) + ": " + shape + "}]";
            default -> "ulimits: {nofile: " + entry + "}";
          }
          + "}}\nsecrets: {sec: {file: ./s.txt}}\n";
      case "depends_on" -> "services: {s: {image: busybox, depends_on: {t: " + entry + "}}, t: {image: busybox}}\n";
      case "service_network" -> "services: {s: {image: busybox, networks: {n: " + entry + "}}}\nnetworks: {n: {}}\n";
      case "resources" -> "services: {s: {image: busybox, deploy: {resources: {limits: " + entry
          + ", reservations: " + entry + "}}}}\n";
      default -> "services: {s: {image: busybox}}\n" + section + "s: {r: " + entry + "}\n";
    };
  }

  private static String quote(String key) {
    return "'" + key + "'";
  }

  /** Section name -> keys, from the Compose schema. */
  private static Map<String, List<String>> sections() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(Files.readString(
        Path.of(System.getProperty("phoenix.shared.dir"), "compose-spec", "compose-spec.json")));
    JsonNode defs = schema.get("definitions");
    JsonNode service = defs.get("service").get("properties");
    Map<String, List<String>> sections = new java.util.LinkedHashMap<>();
    sections.put("top", names(schema.get("properties")));
    sections.put("service", names(service));
    sections.put("build", names(service.get("build").get("oneOf").get(1).get("properties")));
    sections.put("deploy", names(defs.get("deployment").get("properties")));
    sections.put("healthcheck", names(defs.get("healthcheck").get("properties")));
    sections.put("logging", names(service.get("logging").get("properties")));
    sections.put("develop", names(defs.get("development").get("properties")));
    sections.put("ports", names(service.get("ports").get("items").get("oneOf").get(2).get("properties")));
    sections.put("volume_mount", names(service.get("volumes").get("items").get("oneOf").get(1).get("properties")));
    sections.put("secret_ref", names(defs.get("service_config_or_secret").get("items").get("oneOf").get(1).get("properties")));
    sections.put("ulimit", List.of("soft", "hard"));
    sections.put("depends_on", List.of("condition", "restart", "required"));
    sections.put("service_network", List.of("aliases", "ipv4_address", "ipv6_address", "priority", "gw_priority",
        "mac_address", "driver_opts", "link_local_ips", "interface_name"));
    sections.put("resources", List.of("cpus", "memory", "pids", "devices", "generic_resources"));
    for (String resource : List.of("network", "volume", "secret", "config", "model")) {
      sections.put(resource, names(defs.get(resource).get("properties")));
    }
    return sections;
  }

  private static List<String> names(JsonNode properties) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  /** A loader reading inline files in {@code temp}, with an empty environment. */
  private static final class ComposeLoaderFor {
    static dev.phoenix.api.compose.ComposeLoader.Builder temp(Path dir) {
      return dev.phoenix.api.compose.ComposeLoader.builder().environment(Map.of("HOME", dir.toString()))
          .workingDirectory(dir).onWarning(w -> { });
    }
  }
}
