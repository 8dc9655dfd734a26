package dev.phoenix.core.compose.internal.model;

import static dev.phoenix.core.compose.internal.model.Values.Nulls.EMPTY_MAPPING;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.api.compose.ServiceSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the canonical tree (the normalized project as plain maps, lists and scalars, in the shape
 * {@code docker compose config} prints) into the typed, immutable {@link ComposeProject}.
 *
 * <p>The tree is read as it is: short syntax must already be expanded. Durations may be Go duration
 * strings ({@code 1m30s}), byte sizes decimal strings or numbers (go-units sizes such as
 * {@code 512m} are accepted too), file modes octal strings ({@code "0440"}). Keys the model does not
 * know are kept as {@code unknown} and {@code x-*} keys as {@code extensions}, at every level.
 */
public final class ProjectBinder {
  private ProjectBinder() {
  }

  /**
   * Binds a canonical tree.
   *
   * @param canonical the normalized project: {@code name}, {@code services}, {@code networks}...
   * @param workingDirectory the project directory, or null
   * @param composeFiles the files the project was read from, in order
   * @param disabledServices services disabled by profiles, by key, in the same canonical form; may be
   *     null or empty
   * @return the project
   * @throws ComposeValidationException when a value has the wrong shape, with its position and YAML path
   */
  public static ComposeProject bind(Map<String, Object> canonical, Path workingDirectory, List<Path> composeFiles,
      Map<String, Object> disabledServices) {
    Objects.requireNonNull(canonical, "canonical");
    Node root = Node.root(canonical);
    Fields f = Fields.of(root);
    Node nameNode = f.child("name");
    if (nameNode == null) {
      throw root.error("the project has no name");
    }
    ComposeProject.Builder project = ComposeProject.builder(Values.string(nameNode))
        .workingDirectory(workingDirectory)
        .composeFiles(composeFiles)
        .services(services(f.child("services")))
        .disabledServices(disabledServices == null || disabledServices.isEmpty() ? Map.of()
            : services(Node.root(Map.of("services", disabledServices)).child("services", disabledServices)))
        .networks(f.map("networks", ResourceBinder::network, EMPTY_MAPPING))
        .volumes(f.map("volumes", ResourceBinder::volume, EMPTY_MAPPING))
        .secrets(f.map("secrets", ResourceBinder::secret, EMPTY_MAPPING))
        .configs(f.map("configs", ResourceBinder::config, EMPTY_MAPPING))
        .models(f.map("models", ResourceBinder::model, EMPTY_MAPPING));
    project.extensions(f.extensions()).unknown(f.unknown());
    return root.build(project::build);
  }

  private static Map<String, ServiceSpec> services(Node node) {
    if (node == null) {
      return Map.of();
    }
    if (!(node.value() instanceof Map<?, ?> entries)) {
      throw node.error("must be a mapping, found " + Scalars.describe(node.value()));
    }
    LinkedHashMap<String, ServiceSpec> services = new LinkedHashMap<>(entries.size() * 4 / 3 + 1);
    for (Map.Entry<?, ?> entry : entries.entrySet()) {
      if (!(entry.getKey() instanceof String name)) {
        throw node.error("service names must be strings, found " + Scalars.describe(entry.getKey()));
      }
      Object value = entry.getValue() == null ? Map.of() : entry.getValue();
      services.put(name, ServiceBinder.service(name, node.child(name, value)));
    }
    return services;
  }
}
