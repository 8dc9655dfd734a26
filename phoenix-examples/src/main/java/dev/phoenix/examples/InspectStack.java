package dev.phoenix.examples;

import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.DependsOn;
import dev.phoenix.api.compose.ServiceSpec;
import java.nio.file.Path;
import java.util.Map;

/**
 * The README's example as a program: loads a Compose project and prints, per service, its image,
 * what it waits for and its published ports.
 *
 * <pre>java -cp phoenix.jar dev.phoenix.examples.InspectStack examples/shop</pre>
 */
public final class InspectStack {
  private InspectStack() {
  }

  public static void main(String[] args) {
    Path directory = Path.of(args.length > 0 ? args[0] : ".");
    ComposeProject project = ComposeLoader.builder()
        .workingDirectory(directory)
        .load();

    System.out.println("project " + project.name());
    for (ServiceSpec service : project.services().values()) {
      System.out.println("  " + service.name() + ": " + service.image());
      for (Map.Entry<String, DependsOn> dependency : service.dependsOn().entrySet()) {
        System.out.println("    waits for " + dependency.getKey() + " (" + dependency.getValue().condition() + ")");
      }
      service.ports().forEach(port -> System.out.println("    publishes "
          + (port.hostIp() != null ? port.hostIp() + ":" : "") + port.published()
          + " -> " + port.target() + "/" + port.protocol()));
    }
  }
}
