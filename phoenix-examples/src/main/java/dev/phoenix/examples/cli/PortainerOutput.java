package dev.phoenix.examples.cli;

import dev.phoenix.examples.cli.PortainerOptions.Credentials;
import dev.phoenix.examples.cli.TextOutput.Table;
import dev.phoenix.portainer.Environment;
import dev.phoenix.portainer.GitConfig;
import dev.phoenix.portainer.PortainerStack;
import dev.phoenix.portainer.PortainerVersion;
import dev.phoenix.portainer.StackContainer;
import dev.phoenix.portainer.StackType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code phoenix portainer} prints: tables and details for people, one JSON document for
 * programs. Field names of the JSON are stable. Variables of a stack are shown by name only (their
 * values may be secrets), and a webhook's ID (which lets anyone redeploy) is never shown.
 */
final class PortainerOutput {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private PortainerOutput() {
  }

  /** What {@code status} found: the server, its version and routes, and whether the credentials work. */
  record Status(String server, PortainerVersion version, Credentials credentials, Integer environments,
      Integer refusedStatus) {

    boolean accepted() {
      return refusedStatus == null;
    }
  }

  /** The stack create route a version uses. */
  static String createRoute(PortainerVersion version) {
    return version.hasTypedCreateRoutes()
        ? "POST /api/stacks/create/{standalone|swarm}/{string|file|repository}?endpointId=N"
        : "POST /api/stacks?type={1|2}&method={string|file|repository}&endpointId=N";
  }

  static String status(Status status) {
    String credentials = status.accepted()
        ? "accepted (" + status.credentials().describe() + ")"
        : "REFUSED with HTTP " + status.refusedStatus() + " (" + status.credentials().describe() + ")";
    return "server:        " + status.server() + "\n"
        + "version:       " + status.version() + "\n"
        + "create route:  " + createRoute(status.version()) + " ("
        + (status.version().hasTypedCreateRoutes() ? "Portainer 2.19 and later" : "before Portainer 2.19") + ")\n"
        + "credentials:   " + credentials + "\n"
        + (status.environments() == null ? "" : "environments:  " + status.environments() + " visible\n");
  }

  static String statusJson(Status status) {
    Credentials credentials = status.credentials();
    return new Json().beginObject()
        .field("server", status.server())
        .field("version", status.version().toString())
        .field("typedCreateRoutes", status.version().hasTypedCreateRoutes())
        .field("createRoute", createRoute(status.version()))
        .name("credentials").beginObject()
        .field("kind", credentials.apiKey() != null ? "api-key" : "login")
        .field("source", credentials.source())
        .field("username", credentials.username())
        .field("accepted", status.accepted())
        .field("status", status.refusedStatus())
        .endObject()
        .field("environments", status.environments())
        .endObject().toString();
  }

  /** The environments, as a table. */
  static String environments(List<Environment> environments) {
    Table table = new Table("ID", "NAME", "TYPE", "STATUS", "SWARM", "ENGINE", "URL");
    for (Environment environment : environments) {
      table.row(Integer.toString(environment.id()), environment.name(), typeName(environment.type()),
          statusName(environment), environment.swarm() == null ? "-" : environment.swarm() ? "yes" : "no",
          environment.dockerVersion().isEmpty() ? "-" : environment.dockerVersion(), environment.url());
    }
    return table.toString();
  }

  static String environmentsJson(List<Environment> environments) {
    Json json = new Json().beginArray();
    for (Environment environment : environments) {
      json.beginObject()
          .field("id", environment.id())
          .field("name", environment.name())
          .field("type", environment.type())
          .field("typeName", typeName(environment.type()))
          .field("status", statusName(environment))
          .field("up", environment.isEdge() ? environment.heartbeat() : environment.isUp())
          .field("swarm", environment.swarm())
          .field("dockerVersion", environment.dockerVersion())
          .field("url", environment.url())
          .field("publicUrl", environment.publicUrl())
          .field("groupId", environment.groupId())
          .field("edge", environment.isEdge())
          .field("edgeAsync", environment.edgeAsync())
          .field("tagIds", environment.tagIds())
          .endObject();
    }
    return json.endArray().toString();
  }

  /** The stacks, as a table; times are UTC. */
  static String stacks(List<PortainerStack> stacks) {
    Table table = new Table("ID", "NAME", "TYPE", "ENDPOINT", "STATUS", "CREATED", "UPDATED", "SOURCE");
    for (PortainerStack stack : stacks) {
      table.row(Integer.toString(stack.id()), stack.name(), typeName(stack.type()),
          Integer.toString(stack.endpointId()), stack.isActive() ? "active" : "inactive", time(stack.creationDate()),
          time(stack.updateDate()), stack.isGitBased() ? "git " + stack.gitConfig().url() : "file");
    }
    return table.toString();
  }

  static String stacksJson(List<PortainerStack> stacks) {
    Json json = new Json().beginArray();
    stacks.forEach(stack -> stackJson(json, stack, null, null, null));
    return json.endArray().toString();
  }

  /** One stack's details; its containers when they could be read (else why not). */
  static String stack(PortainerStack stack, List<StackContainer> containers, String containersError) {
    StringBuilder text = new StringBuilder()
        .append("stack:        ").append(stack.name()).append(" (ID ").append(stack.id()).append(")\n")
        .append("type:         ").append(typeName(stack.type())).append('\n')
        .append("environment:  ").append(stack.endpointId())
        .append(stack.swarmId().isEmpty() ? "" : " (Swarm " + stack.swarmId() + ")").append('\n')
        .append("status:       ").append(stack.isActive() ? "active" : "inactive").append('\n')
        .append("created:      ").append(time(stack.creationDate())).append(" UTC")
        .append(stack.createdBy().isEmpty() ? "" : " by " + stack.createdBy()).append('\n')
        .append("updated:      ").append(stack.updateDate() == 0 ? "never" : time(stack.updateDate()) + " UTC")
        .append(stack.updatedBy().isEmpty() ? "" : " by " + stack.updatedBy()).append('\n');
    if (stack.isGitBased()) {
      GitConfig git = stack.gitConfig();
      text.append("source:       git ").append(git.url()).append(' ').append(git.referenceName())
          .append(", file ").append(git.configFilePath())
          .append(git.configHash().isEmpty() ? "" : ", commit " + git.configHash()).append('\n');
    } else {
      List<String> files = new ArrayList<>(List.of(stack.entryPoint()));
      files.addAll(stack.additionalFiles());
      text.append("source:       file ").append(String.join(", ", files)).append('\n');
    }
    if (stack.autoUpdate() != null) {
      text.append("auto-update:  ").append(stack.autoUpdate().interval() != null
          ? "every " + stack.autoUpdate().interval() : "").append(stack.autoUpdate().webhook() != null
          ? (stack.autoUpdate().interval() != null ? ", " : "") + "webhook" : "").append('\n');
    }
    text.append("variables:    ").append(stack.env().isEmpty() ? "none"
        : String.join(", ", stack.env().names()) + " (values not shown)").append('\n');
    text.append("project path: ").append(stack.projectPath()).append(" (on the Portainer server)\n");
    if (containersError != null) {
      text.append("containers:   not readable: ").append(containersError).append('\n');
    } else if (containers.isEmpty()) {
      text.append("containers:   none\n");
    } else {
      text.append("containers:\n");
      Table table = new Table("NAME", "SERVICE", "STATE", "STATUS");
      containers.forEach(c -> table.row(c.name(), c.service(), c.state(), c.status()));
      table.toString().lines().forEach(line -> text.append("  ").append(line).append('\n'));
    }
    return text.toString();
  }

  /** One stack's details as a JSON object, with its compose file when {@code file} is not null. */
  static String stackJson(PortainerStack stack, List<StackContainer> containers, String containersError,
      String file) {
    Json json = new Json();
    stackJson(json, stack, containers, containersError, file);
    return json.toString();
  }

  /** What {@code stacks rm} did. */
  static String removed(PortainerStack stack) {
    return "removed stack " + stack.name() + " (ID " + stack.id() + ") from environment " + stack.endpointId()
        + "; its volumes are kept (Portainer never removes a stack's volumes: docker volume rm does)\n";
  }

  static String removedJson(PortainerStack stack) {
    return new Json().beginObject()
        .field("removed", true)
        .field("id", stack.id())
        .field("name", stack.name())
        .field("endpointId", stack.endpointId())
        .field("volumesKept", true)
        .endObject().toString();
  }

  private static void stackJson(Json json, PortainerStack stack, List<StackContainer> containers,
      String containersError, String file) {
    json.beginObject()
        .field("id", stack.id())
        .field("name", stack.name())
        .field("type", typeName(stack.type()))
        .field("endpointId", stack.endpointId())
        .field("swarmId", stack.swarmId().isEmpty() ? null : stack.swarmId())
        .field("status", stack.isActive() ? "active" : "inactive")
        .field("created", instant(stack.creationDate()))
        .field("createdBy", stack.createdBy())
        .field("updated", instant(stack.updateDate()))
        .field("updatedBy", stack.updatedBy())
        .field("source", stack.isGitBased() ? "git" : "file")
        .field("entryPoint", stack.entryPoint())
        .field("additionalFiles", stack.additionalFiles());
    if (stack.isGitBased()) {
      GitConfig git = stack.gitConfig();
      json.name("git").beginObject()
          .field("url", git.url())
          .field("reference", git.referenceName())
          .field("configFilePath", git.configFilePath())
          .field("configHash", git.configHash())
          .endObject();
    } else {
      json.field("git", null);
    }
    if (stack.autoUpdate() != null) {
      json.name("autoUpdate").beginObject()
          .field("interval", stack.autoUpdate().interval())
          .field("webhook", stack.autoUpdate().webhook() != null)
          .endObject();
    } else {
      json.field("autoUpdate", null);
    }
    json.field("variables", List.copyOf(stack.env().names()))
        .field("projectPath", stack.projectPath());
    if (containers != null || containersError != null) {
      json.name("containers").beginArray();
      if (containers != null) {
        containers.forEach(c -> json.beginObject()
            .field("name", c.name())
            .field("service", c.service())
            .field("state", c.state())
            .field("status", c.status())
            .field("health", c.health())
            .endObject());
      }
      json.endArray().field("containersError", containersError);
    }
    if (file != null) {
      json.field("file", file);
    }
    json.endObject();
  }

  private static String typeName(StackType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  /** Portainer's environment types by name ({@link Environment#type()}). */
  static String typeName(int type) {
    return switch (type) {
      case 1 -> "docker";
      case 2 -> "agent";
      case 3 -> "azure-aci";
      case 4 -> "edge-agent";
      case 5 -> "kubernetes";
      case 6 -> "kubernetes-agent";
      case 7 -> "kubernetes-edge-agent";
      default -> "type " + type;
    };
  }

  private static String statusName(Environment environment) {
    if (environment.isEdge()) {
      return environment.heartbeat() ? "up (heartbeat)" : "no heartbeat";
    }
    return environment.status() == 1 ? "up" : environment.status() == 2 ? "down" : "status " + environment.status();
  }

  private static String time(long seconds) {
    return seconds <= 0 ? "-" : TIME.format(Instant.ofEpochSecond(seconds));
  }

  private static String instant(long seconds) {
    return seconds <= 0 ? null : Instant.ofEpochSecond(seconds).toString();
  }
}
