package dev.phoenix.api.compose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded Compose project: typed, normalized and immutable, what {@code docker compose config}
 * prints. Services disabled by inactive profiles are kept apart in {@link #disabledServices()}, so
 * they are known (not orphans) but not deployed.
 *
 * <p>Maps keep the order they were given in. {@code x-*} keys are kept in {@link #extensions()} and
 * keys the model does not know in {@link #unknown()}, at this level and in every nested record, so
 * a project written out again loses nothing.
 *
 * <pre>{@code
 * ComposeProject project = ComposeLoader.builder().file(Path.of("compose.yaml")).load();
 * ServiceSpec web = project.services().get("web");
 * ComposeProject pinned = project.toBuilder()
 *     .services(Map.of("web", web.toBuilder().image("nginx@sha256:...").build()))
 *     .build();
 * }</pre>
 *
 * @param name the project name, lowercase letters, digits, {@code -} and {@code _}
 * @param workingDirectory the project directory relative paths were resolved against, or null
 * @param composeFiles the Compose files the project was read from, in order
 * @param services the enabled services by key
 * @param disabledServices services disabled by inactive profiles, by key
 * @param networks the top-level networks by key
 * @param volumes the top-level volumes by key
 * @param secrets the top-level secrets by key
 * @param configs the top-level configs by key
 * @param models the top-level AI models by key
 * @param extensions the top-level {@code x-*} keys
 * @param unknown other top-level keys the model does not know, kept so they survive a round trip
 */
public record ComposeProject(
    String name,
    Path workingDirectory,
    List<Path> composeFiles,
    Map<String, ServiceSpec> services,
    Map<String, ServiceSpec> disabledServices,
    Map<String, NetworkSpec> networks,
    Map<String, VolumeSpec> volumes,
    Map<String, SecretSpec> secrets,
    Map<String, ConfigSpec> configs,
    Map<String, ModelSpec> models,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Checks that every service sits under its own name, once, and copies the collections. */
  public ComposeProject {
    Objects.requireNonNull(name, "project name");
    composeFiles = Copies.list(composeFiles, "compose files");
    services = Copies.map(services, "services");
    disabledServices = Copies.map(disabledServices, "disabled services");
    requireKeyedByName(services, "services");
    requireKeyedByName(disabledServices, "disabled services");
    for (String key : disabledServices.keySet()) {
      if (services.containsKey(key)) {
        throw new IllegalArgumentException("service " + key + " is both enabled and disabled");
      }
    }
    networks = Copies.map(networks, "networks");
    volumes = Copies.map(volumes, "volumes");
    secrets = Copies.map(secrets, "secrets");
    configs = Copies.map(configs, "configs");
    models = Copies.map(models, "models");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  private static void requireKeyedByName(Map<String, ServiceSpec> services, String what) {
    for (Map.Entry<String, ServiceSpec> entry : services.entrySet()) {
      if (!entry.getKey().equals(entry.getValue().name())) {
        throw new IllegalArgumentException(what + ": key " + entry.getKey() + " holds the service named "
            + entry.getValue().name());
      }
    }
  }

  /** A new builder for the project {@code name}. */
  public static Builder builder(String name) {
    return new Builder().name(name);
  }

  /** A builder holding this project's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link ComposeProject}. */
  public static final class Builder {
    private String name;
    private Path workingDirectory;
    private List<Path> composeFiles;
    private Map<String, ServiceSpec> services;
    private Map<String, ServiceSpec> disabledServices;
    private Map<String, NetworkSpec> networks;
    private Map<String, VolumeSpec> volumes;
    private Map<String, SecretSpec> secrets;
    private Map<String, ConfigSpec> configs;
    private Map<String, ModelSpec> models;
    private Map<String, Object> extensions;
    private Map<String, Object> unknown;

    private Builder() {
    }

    private Builder(ComposeProject from) {
      name = from.name;
      workingDirectory = from.workingDirectory;
      composeFiles = from.composeFiles;
      services = from.services;
      disabledServices = from.disabledServices;
      networks = from.networks;
      volumes = from.volumes;
      secrets = from.secrets;
      configs = from.configs;
      models = from.models;
      extensions = from.extensions;
      unknown = from.unknown;
    }

    /** Sets {@link ComposeProject#name()}. */
    public Builder name(String value) { name = value; return this; }

    /** Sets {@link ComposeProject#workingDirectory()}. */
    public Builder workingDirectory(Path value) { workingDirectory = value; return this; }

    /** Sets {@link ComposeProject#composeFiles()}. */
    public Builder composeFiles(List<Path> value) { composeFiles = value; return this; }

    /** Sets {@link ComposeProject#services()}. */
    public Builder services(Map<String, ServiceSpec> value) { services = value; return this; }

    /** Sets {@link ComposeProject#disabledServices()}. */
    public Builder disabledServices(Map<String, ServiceSpec> value) { disabledServices = value; return this; }

    /** Sets {@link ComposeProject#networks()}. */
    public Builder networks(Map<String, NetworkSpec> value) { networks = value; return this; }

    /** Sets {@link ComposeProject#volumes()}. */
    public Builder volumes(Map<String, VolumeSpec> value) { volumes = value; return this; }

    /** Sets {@link ComposeProject#secrets()}. */
    public Builder secrets(Map<String, SecretSpec> value) { secrets = value; return this; }

    /** Sets {@link ComposeProject#configs()}. */
    public Builder configs(Map<String, ConfigSpec> value) { configs = value; return this; }

    /** Sets {@link ComposeProject#models()}. */
    public Builder models(Map<String, ModelSpec> value) { models = value; return this; }

    /** Sets {@link ComposeProject#extensions()}. */
    public Builder extensions(Map<String, Object> value) { extensions = value; return this; }

    /** Sets {@link ComposeProject#unknown()}. */
    public Builder unknown(Map<String, Object> value) { unknown = value; return this; }

    /** The project; throws {@link IllegalArgumentException} for inconsistent values. */
    public ComposeProject build() {
      return new ComposeProject(name, workingDirectory, composeFiles, services, disabledServices, networks, volumes,
          secrets, configs, models, extensions, unknown);
    }
  }
}
