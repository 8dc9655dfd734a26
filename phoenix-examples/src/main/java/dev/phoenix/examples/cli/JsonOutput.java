package dev.phoenix.examples.cli;

import dev.phoenix.api.deploy.Action;
import dev.phoenix.api.deploy.ContainerStatus;
import dev.phoenix.api.deploy.DeploymentEvent;
import dev.phoenix.api.deploy.DeploymentException;
import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.DeploymentResult;
import dev.phoenix.api.deploy.FieldChange;
import dev.phoenix.api.deploy.Plan;
import dev.phoenix.api.deploy.PlannedChange;
import dev.phoenix.api.deploy.RemovalResult;
import dev.phoenix.api.deploy.ResourceKind;
import dev.phoenix.api.deploy.ServiceFailedException;
import dev.phoenix.api.deploy.StackStatus;
import dev.phoenix.api.deploy.StackSummary;
import java.io.PrintStream;
import java.util.List;

/**
 * The CLI's JSON output ({@code --output json}): one object per line for the events of
 * {@code deploy} and {@code down}, ending with a {@code "type":"result"} object, and one document
 * for {@code plan}, {@code ps} and {@code ls}. Field names are stable: programs read them.
 */
final class JsonOutput {
  private JsonOutput() {
  }

  /** A listener printing each event as one JSON line; lines from parallel services never mix. */
  static DeploymentListener lines(PrintStream out) {
    return event -> {
      String line = event(event);
      synchronized (out) {
        out.println(line);
        out.flush();
      }
    };
  }

  /** One event as a JSON object. */
  static String event(DeploymentEvent event) {
    return new Json().beginObject()
        .field("type", event.type().label())
        .field("stack", event.stack())
        .field("kind", event.kind() == null ? null : event.kind().label())
        .field("name", event.name())
        .field("service", event.service())
        .field("message", event.message())
        .field("time", event.time().toString())
        .endObject().toString();
  }

  /** A plan as one document. */
  static String plan(Plan plan) {
    Json json = new Json().beginObject()
        .field("stack", plan.stack())
        .field("target", plan.target())
        .field("noop", plan.isNoop())
        .name("changes").beginArray();
    for (PlannedChange change : plan.changes()) {
      json.beginObject()
          .field("kind", change.kind().label())
          .field("name", change.name())
          .field("service", change.service())
          .field("action", change.action().label())
          .field("reason", change.reason())
          .name("fields").beginArray();
      for (FieldChange field : change.fields()) {
        json.beginObject()
            .field("field", field.field())
            .field("before", field.before())
            .field("after", field.after())
            .field("redacted", field.redacted())
            .endObject();
      }
      json.endArray().endObject();
    }
    json.endArray()
        .field("orphans", plan.orphans())
        .name("unsupported").beginArray();
    plan.unsupported().forEach(key -> json.beginObject()
        .field("service", key.service())
        .field("key", key.key())
        .field("reason", key.reason())
        .endObject());
    json.endArray()
        .field("warnings", plan.warnings())
        .name("summary");
    counts(json, plan);
    return json.endObject().toString();
  }

  /** What the engine holds for a stack, as one document. */
  static String status(StackStatus status) {
    Json json = new Json();
    status(json, status);
    return json.toString();
  }

  /** The line that ends a successful deployment's event lines. */
  static String deployed(DeploymentResult result) {
    Json json = new Json().beginObject()
        .field("type", "result")
        .field("status", result.wasNoop() ? "unchanged" : "deployed")
        .field("stack", result.plan().stack())
        .field("elapsedMillis", result.elapsed().toMillis())
        .name("containers");
    counts(json, result.plan());
    json.name("state");
    status(json, result.status());
    return json.endObject().toString();
  }

  /** The line that ends a failed deployment's or removal's event lines. */
  static String failed(String stack, DeploymentException failure) {
    Json json = new Json().beginObject()
        .field("type", "result")
        .field("status", "failed")
        .field("stack", stack)
        .field("step", failure.step())
        .field("error", failure.getMessage())
        .field("completed", failure.completed());
    if (failure instanceof ServiceFailedException service) {
      json.field("service", service.service())
          .field("container", service.container())
          .field("exitCode", service.exitCode())
          .field("healthOutput", service.healthOutput())
          .field("timedOut", service.timedOut())
          .field("logTail", service.logTail());
    }
    return json.endObject().toString();
  }

  /** The line that ends a removal's event lines. */
  static String removed(RemovalResult result) {
    return new Json().beginObject()
        .field("type", "result")
        .field("status", "removed")
        .field("stack", result.stack())
        .field("containers", result.containers())
        .field("networks", result.networks())
        .field("volumes", result.volumes())
        .field("warnings", result.warnings())
        .endObject().toString();
  }

  /** The stacks on an engine, as one document. */
  static String stacks(List<StackSummary> stacks) {
    Json json = new Json().beginArray();
    stacks.forEach(stack -> json.beginObject()
        .field("stack", stack.stack())
        .field("states", stack.states())
        .field("configFiles", stack.configFiles())
        .field("deployedByPhoenix", stack.deployedByPhoenix())
        .endObject());
    return json.endArray().toString();
  }

  private static void status(Json json, StackStatus status) {
    json.beginObject().field("stack", status.stack()).name("containers").beginArray();
    for (ContainerStatus container : status.containers()) {
      json.beginObject()
          .field("name", container.name())
          .field("id", container.id())
          .field("service", container.service())
          .field("number", container.number())
          .field("image", container.image())
          .field("state", container.state())
          .field("health", container.health())
          .field("exitCode", container.exitCode())
          .field("status", container.status())
          .field("ports", container.ports())
          .field("up", container.isUp())
          .endObject();
    }
    json.endArray()
        .field("networks", status.networks())
        .field("volumes", status.volumes())
        .endObject();
  }

  // How many containers each action touches: what a summary line or a script wants to know.
  private static void counts(Json json, Plan plan) {
    List<PlannedChange> containers = plan.changes(ResourceKind.CONTAINER);
    json.beginObject();
    for (Action action : Action.values()) {
      json.field(action.label(), containers.stream().filter(change -> change.action() == action).count());
    }
    json.endObject();
  }
}
