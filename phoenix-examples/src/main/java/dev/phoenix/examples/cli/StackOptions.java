package dev.phoenix.examples.cli;

import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.DeploymentTarget;
import dev.phoenix.api.deploy.StackDeployer;
import dev.phoenix.api.endpoint.DockerEndpoint;
import dev.phoenix.core.tls.endpoint.EndpointResolver;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The options every engine command shares: where the Compose project is ({@code -f},
 * {@code -p}, {@code --project-directory}, {@code --env-file}, {@code --profile}), which engine
 * ({@code --host}), and how to print ({@code --output}).
 */
final class StackOptions {
  /** The shared options, for each command's help. */
  static final String HELP = """
        -f, --file FILE             Compose file (repeatable; default: compose.yaml & co. in the project directory)
            --project-directory DIR The project directory (default: the first file's directory, or the current one)
            --env-file FILE         Env file for interpolation (repeatable; default: .env in the project directory)
        -p, --project-name NAME     Project name
            --profile NAME          Activate a profile (repeatable; * for all)
        -H, --host URL              Docker engine (unix:///var/run/docker.sock, tcp://HOST:PORT); TLS from
                                    DOCKER_TLS_VERIFY and DOCKER_CERT_PATH
        -c, --context NAME          Docker CLI context to use (default: DOCKER_HOST, DOCKER_CONTEXT, the
                                    current context, else the default socket)
            --output text|json      Output format (default text)
      """;

  // Compose's rule for project names: what remains after its normalization must match this.
  private static final Pattern PROJECT_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  private final Map<String, String> environment;
  private final List<Path> files = new ArrayList<>();
  private final List<Path> envFiles = new ArrayList<>();
  private final List<String> profiles = new ArrayList<>();
  private Path projectDirectory;
  private String projectName;
  private String host;
  private String context;
  private OutputFormat output = OutputFormat.TEXT;

  StackOptions(Map<String, String> environment) {
    this.environment = environment;
  }

  /** Reads {@code option} if it is one of the shared options; false if the command must handle it. */
  boolean accept(String option, Arguments arguments) {
    switch (option) {
      case "-f", "--file" -> files.add(Path.of(arguments.value(option)));
      case "--project-directory" -> projectDirectory = Path.of(arguments.value(option));
      case "--env-file" -> envFiles.add(Path.of(arguments.value(option)));
      case "-p", "--project-name" -> projectName = arguments.value(option);
      case "--profile" -> profiles.add(arguments.value(option));
      case "-H", "--host" -> host = arguments.value(option);
      case "-c", "--context" -> context = arguments.value(option);
      case "--output" -> output = OutputFormat.parse(arguments.value(option));
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads {@code option} if it is one of the shared options a command without a Compose project
   * takes: the engine ({@code --host}, {@code --context}) and {@code --output}; false otherwise.
   */
  boolean acceptEngine(String option, Arguments arguments) {
    return switch (option) {
      case "-H", "--host", "-c", "--context", "--output" -> accept(option, arguments);
      default -> false;
    };
  }

  /** Whether the engine was chosen with {@code --host} or {@code --context}. */
  boolean engineChosen() {
    return host != null || context != null;
  }

  /** Uses the docker CLI context {@code name}, as {@code --context NAME} does. */
  void context(String name) {
    context = name;
  }

  /** The output format asked for. */
  OutputFormat output() {
    return output;
  }

  /** Loads the Compose project; Compose warnings go to {@code err}. */
  ComposeProject load(PrintStream err) {
    ComposeLoader.Builder loader = ComposeLoader.builder()
        .environment(environment)
        .onWarning(message -> err.println("WARN: " + message));
    files.forEach(loader::file);
    envFiles.forEach(loader::envFile);
    profiles.forEach(loader::profile);
    if (projectDirectory != null) {
      loader.workingDirectory(projectDirectory);
    }
    if (projectName != null) {
      loader.projectName(projectName);
    }
    return loader.load();
  }

  /**
   * The stack's name for commands that need nothing else ({@code ps}, {@code down}): {@code -p}
   * when given, so that no Compose file is needed, like {@code docker compose down -p}; otherwise
   * the name of the project the files define.
   */
  String stackName(PrintStream err) {
    if (projectName == null) {
      return load(err).name();
    }
    if (!PROJECT_NAME.matcher(projectName).matches()) {
      throw new UsageException("invalid project name \"" + projectName
          + "\": it must start with a lower-case letter or digit and hold only lower-case letters, digits, '-' and '_'");
    }
    return projectName;
  }

  /**
   * The engine endpoint, resolved as the docker CLI resolves it: {@code --host}, {@code --context},
   * {@code DOCKER_HOST} (with {@code DOCKER_TLS_VERIFY} and {@code DOCKER_CERT_PATH}),
   * {@code DOCKER_CONTEXT}, the current context in {@code $DOCKER_CONFIG/config.json}, the default
   * socket. A warning of the resolution (DOCKER_HOST over a TLS context) is printed to {@code err}.
   */
  DockerEndpoint endpoint(PrintStream err) {
    DockerEndpoint endpoint = EndpointResolver.resolve(environment, EndpointResolver.configDirectory(environment),
        host, context);
    endpoint.warnings().forEach(warning -> err.println("WARN: " + warning));
    return endpoint;
  }

  /** A deployer on the engine chosen by the options or the environment, reporting to {@code listener}. */
  StackDeployer deployer(DeploymentListener listener, PrintStream err) {
    return StackDeployer.builder()
        .target(DeploymentTarget.docker(endpoint(err)))
        .listener(listener)
        .build();
  }
}
