package dev.phoenix.core.engine.internal.container;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.core.command.CreateContainerCmdImpl;
import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.ServiceSpec;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/** Loads a compose file from text and maps its services, as the deployer would. */
final class MappingFixture {
  final ComposeProject project;

  MappingFixture(Path directory, String projectName, String yaml) {
    project = ComposeLoader.builder()
        .workingDirectory(directory)
        .projectName(projectName)
        .environment(Map.of())
        .content("compose.yaml", yaml)
        .load();
  }

  ServiceSpec service(String name) {
    return project.services().get(name);
  }

  ContainerContext context(String service, String apiVersion, Function<String, String> containers) {
    String name = project.name() + "-" + service + "-1";
    return new ContainerContext(service(service), project, 1, name, "img:latest",
        Map.of("com.docker.compose.project", project.name(), "com.docker.compose.service", service), containers,
        apiVersion);
  }

  /** A create command filled by the mapping, never executed. */
  static CreateContainerCmd applied(ContainerRequest request) {
    return request.applyTo(new CreateContainerCmdImpl(command -> {
      throw new AssertionError("not executed in unit tests");
    }, null, "img:latest"));
  }
}
