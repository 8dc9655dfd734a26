package dev.phoenix.portainer.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.phoenix.portainer.AutoUpdate;
import dev.phoenix.portainer.Environment;
import dev.phoenix.portainer.GitConfig;
import dev.phoenix.portainer.PortainerStack;
import dev.phoenix.portainer.StackContainer;
import dev.phoenix.portainer.StackType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Portainer's and Docker's JSON to Phoenix records. Lenient: unknown fields are ignored, missing
 * ones get empty values, so fields that come and go between releases ({@code IsComposeFormat}, the
 * Business Edition's extras) change nothing.
 */
public final class Decode {
  private static final Pattern HEALTH = Pattern.compile("\\((healthy|unhealthy|health: starting)\\)");

  private Decode() {
  }

  /** A stack object. */
  public static PortainerStack stack(JsonNode json) {
    JsonNode node = json == null ? MissingNode.getInstance() : json;
    return new PortainerStack(node.path("Id").asInt(), Json.text(node, "Name"),
        StackType.ofCode(node.path("Type").asInt()), node.path("EndpointId").asInt(), Json.text(node, "SwarmId"),
        Json.text(node, "EntryPoint"), strings(node.get("AdditionalFiles")), Json.env(node.get("Env")),
        node.path("Status").asInt(), Json.text(node, "ProjectPath"), node.path("CreationDate").asLong(),
        node.path("UpdateDate").asLong(), Json.text(node, "CreatedBy"), Json.text(node, "UpdatedBy"),
        gitConfig(node.get("GitConfig")), autoUpdate(node.get("AutoUpdate")),
        node.path("FromAppTemplate").asBoolean());
  }

  /** A list of stack objects. */
  public static List<PortainerStack> stacks(JsonNode list) {
    List<PortainerStack> stacks = new ArrayList<>();
    if (list != null && list.isArray()) {
      list.forEach(node -> stacks.add(stack(node)));
    }
    return stacks;
  }

  /** An environment ({@code Endpoint}) object. */
  public static Environment environment(JsonNode node) {
    JsonNode snapshot = node.path("Snapshots").path(0);
    Boolean swarm = snapshot.has("Swarm") ? snapshot.get("Swarm").asBoolean() : null;
    List<Integer> tags = new ArrayList<>();
    node.path("TagIds").forEach(tag -> tags.add(tag.asInt()));
    return new Environment(node.path("Id").asInt(), Json.text(node, "Name"), node.path("Type").asInt(),
        Json.text(node, "URL"), Json.text(node, "PublicURL"), node.path("GroupId").asInt(),
        node.path("Status").asInt(), node.path("Heartbeat").asBoolean(), node.path("Edge").path("AsyncMode").asBoolean(),
        tags, swarm, Json.text(snapshot, "DockerVersion"));
  }

  /** A container from Docker's {@code GET /containers/json}. */
  public static StackContainer container(JsonNode node) {
    String name = node.path("Names").path(0).asText("");
    name = name.startsWith("/") ? name.substring(1) : name;
    JsonNode labels = node.path("Labels");
    String service = Json.text(labels, "com.docker.compose.service", "com.docker.swarm.service.name");
    String status = Json.text(node, "Status");
    Matcher health = HEALTH.matcher(status);
    String stack = Json.text(labels, "com.docker.compose.project", "com.docker.stack.namespace");
    return new StackContainer(Json.text(node, "Id"), name, stack, service, Json.text(node, "State"), status,
        health.find() ? health.group(1).replace("health: ", "") : null);
  }

  private static GitConfig gitConfig(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode auth = node.path("Authentication");
    String username = auth.isObject() ? Json.text(auth, "Username") : "";
    return new GitConfig(Json.text(node, "URL"), Json.text(node, "ReferenceName"), Json.text(node, "ConfigFilePath"),
        Json.text(node, "ConfigHash"), node.path("TLSSkipVerify").asBoolean(), username.isEmpty() ? null : username);
  }

  private static AutoUpdate autoUpdate(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    String interval = Json.text(node, "Interval");
    String webhook = Json.text(node, "Webhook");
    if (interval.isEmpty() && webhook.isEmpty()) {
      return null;
    }
    return new AutoUpdate(interval.isEmpty() ? null : interval, webhook.isEmpty() ? null : webhook,
        node.path("ForceUpdate").asBoolean(), node.path("ForcePullImage").asBoolean());
  }

  private static List<String> strings(JsonNode list) {
    List<String> values = new ArrayList<>();
    if (list != null && list.isArray()) {
      list.forEach(value -> values.add(value.asText()));
    }
    return values;
  }
}
