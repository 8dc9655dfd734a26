package dev.phoenix.core.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phoenix.api.deploy.Action;
import dev.phoenix.api.deploy.Plan;
import dev.phoenix.api.deploy.PlannedChange;
import dev.phoenix.api.deploy.ResourceKind;
import dev.phoenix.api.deploy.StackSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyncReportTest {
  private static final Path DIR = Path.of("/srv/stacks");

  private static Plan plan(String stack, Action... actions) {
    List<PlannedChange> changes = new ArrayList<>();
    for (int i = 0; i < actions.length; i++) {
      changes.add(new PlannedChange(ResourceKind.CONTAINER, stack + "-app-" + (i + 1), "app", actions[i], null,
          List.of()));
    }
    return new Plan(stack, "docker engine unix:///var/run/docker.sock", changes, List.of(), List.of(), List.of());
  }

  private static SyncReport report() {
    return new SyncReport(DIR, "docker engine unix:///var/run/docker.sock", false, List.of(
        new SyncResult("blog", DIR.resolve("blog"), SyncOutcome.CREATED, plan("blog", Action.CREATE, Action.CREATE),
            Duration.ofMillis(1200), ""),
        new SyncResult("shop", DIR.resolve("shop"), SyncOutcome.UNCHANGED, plan("shop", Action.KEEP),
            Duration.ofMillis(100), null),
        new SyncResult("wiki", DIR.resolve("wiki"), SyncOutcome.BROKEN, null, Duration.ZERO,
            "line one\nline two")), Duration.ofMillis(1400));
  }

  @Test
  void tableHasOneAlignedLinePerStackAndASummary() {
    assertThat(report().toTable()).isEqualTo("""
        STACK  OUTCOME    CREATE  RECREATE  START  REMOVE  KEEP  ELAPSED  MESSAGE
        blog   created    2       0         0      0       0     1.2s
        shop   unchanged  0       0         0      0       1     0.1s
        wiki   broken     -       -         -      -       -     0.0s     line one | line two
        3 stacks: 1 created, 1 unchanged, 1 broken in 1.4s
        """);
  }

  @Test
  void jsonHasARowPerStackWithCountsAndMessages() throws Exception {
    JsonNode json = new ObjectMapper().readTree(report().toJson());

    assertThat(json.get("ok").asBoolean()).isFalse();
    assertThat(json.get("directory").asText()).isEqualTo(DIR.toString());
    assertThat(json.get("stacks")).hasSize(3);
    assertThat(json.get("stacks").get(0).get("outcome").asText()).isEqualTo("created");
    assertThat(json.get("stacks").get(0).get("plan").get("create").asLong()).isEqualTo(2);
    assertThat(json.get("stacks").get(1).get("plan").get("noop").asBoolean()).isTrue();
    assertThat(json.get("stacks").get(2).get("plan").isNull()).isTrue();
    assertThat(json.get("stacks").get(2).get("message").asText()).isEqualTo("line one\nline two");
  }

  @Test
  void reportIsOkOnlyWithoutFailedOrBrokenStacks() {
    assertThat(report().isOk()).isFalse();
    assertThat(SyncOutcome.PRUNED.isOk()).isTrue();
    assertThat(SyncOutcome.PLANNED.isOk()).isTrue();
    assertThat(SyncOutcome.FAILED.isOk()).isFalse();
  }

  @Test
  void pruneScopeIsTheStacksDeployedFromASubdirectory() {
    assertThat(StackSync.syncedFrom(summary("/srv/stacks/old/compose.yaml"), DIR)).isTrue();
    assertThat(StackSync.syncedFrom(summary("/srv/other/old/compose.yaml"), DIR)).isFalse();
    assertThat(StackSync.syncedFrom(summary("/srv/stacks/compose.yaml"), DIR)).isFalse();
    assertThat(StackSync.syncedFrom(summary("/srv/stacks/a/b/compose.yaml"), DIR)).isFalse();
    assertThat(StackSync.syncedFrom(summary(), DIR)).isFalse();
  }

  private static StackSummary summary(String... files) {
    return new StackSummary("old", Map.of("running", 1), List.of(files), true);
  }
}
