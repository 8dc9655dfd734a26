package dev.phoenix.examples.cli;

import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.core.compose.serialize.ComposeSerializer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code phoenix config}: loads the project in the current directory (or the {@code -f} files) and
 * prints the normalized model, like {@code docker compose config}. The whole document is built
 * before anything is printed, so a failed load leaves stdout empty.
 */
final class ConfigCommand {
  private static final String HELP = """
      Usage: phoenix config [OPTIONS]

      Load a Compose project and print its normalized model, like `docker compose config`.

      Options:
        -f, --file FILE             Compose file (repeatable; default: compose.yaml & co. in the project directory)
            --project-directory DIR The project directory (default: the first file's directory, or the current one)
            --env-file FILE         Env file for interpolation (repeatable; default: .env in the project directory)
        -p, --project-name NAME     Project name
            --profile NAME          Activate a profile (repeatable; * for all)
            --format yaml|json      Output format (default yaml)
            --no-interpolate        Do not interpolate ${VARIABLES}
            --no-normalize          Do not add default networks, resource names and implicit dependencies
            --no-path-resolution    Keep relative paths relative
            --no-consistency        Do not check references between services and resources
            --services              Print the service names, one per line
            --volumes               Print the volume names, one per line
            --networks              Print the network names, one per line
            --images                Print the image names, one per line
            --profiles              Print the profile names, one per line
        -q, --quiet                 Only validate: print nothing, exit 0 when the project is valid
        -o, --output FILE           Write the result to FILE instead of stdout
      """;

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> environment;

  ConfigCommand(PrintStream out, PrintStream err, Map<String, String> environment) {
    this.out = out;
    this.err = err;
    this.environment = environment;
  }

  int run(List<String> args) {
    ComposeLoader.Builder loader = ComposeLoader.builder().environment(environment).onWarning(message -> err.println("WARN: " + message));
    String format = "yaml";
    String listing = null;
    boolean interpolate = true;
    boolean quiet = false;
    Path output = null;
    Arguments arguments = new Arguments(args);
    while (arguments.hasNext()) {
      String option = arguments.next();
      switch (option) {
        case "-h", "--help" -> {
          out.print(HELP);
          return Phoenix.OK;
        }
        case "-f", "--file" -> loader.file(Path.of(arguments.value(option)));
        case "--project-directory" -> loader.workingDirectory(Path.of(arguments.value(option)));
        case "--env-file" -> loader.envFile(Path.of(arguments.value(option)));
        case "-p", "--project-name" -> loader.projectName(arguments.value(option));
        case "--profile" -> loader.profile(arguments.value(option));
        case "--format" -> {
          format = arguments.value(option);
          if (!format.equals("yaml") && !format.equals("json")) {
            throw new UsageException("--format must be yaml or json, not \"" + format + "\"");
          }
        }
        case "--no-interpolate" -> {
          arguments.noValue(option);
          interpolate = false;
          loader.interpolate(false);
        }
        case "--no-normalize" -> {
          arguments.noValue(option);
          loader.normalize(false);
        }
        case "--no-path-resolution" -> {
          arguments.noValue(option);
          loader.resolvePaths(false);
        }
        case "--no-consistency" -> {
          arguments.noValue(option);
          loader.consistencyCheck(false);
        }
        case "--services", "--volumes", "--networks", "--images", "--profiles" -> {
          arguments.noValue(option);
          if (listing != null && !listing.equals(option)) {
            throw new UsageException(listing + " and " + option + " cannot be combined");
          }
          listing = option;
        }
        case "-q", "--quiet" -> {
          arguments.noValue(option);
          quiet = true;
        }
        case "-o", "--output" -> output = Path.of(arguments.value(option));
        default -> throw new UsageException(option.startsWith("-")
            ? "unknown option " + option + " for config (see phoenix config --help)"
            : "config takes no operand, got \"" + option + "\"");
      }
    }

    ComposeProject project = loader.load();
    if (quiet) {
      return Phoenix.OK;
    }
    String document = listing != null ? list(project, listing)
        : format.equals("json") ? ComposeSerializer.toJson(project, interpolate)
        : ComposeSerializer.toYaml(project, interpolate);
    if (output == null) {
      out.print(document);
    } else {
      OutputFiles.writeAtomically(output, document);
    }
    return Phoenix.OK;
  }

  private static String list(ComposeProject project, String listing) {
    TreeSet<String> names = new TreeSet<>();
    switch (listing) {
      case "--services" -> names.addAll(project.services().keySet());
      case "--volumes" -> names.addAll(project.volumes().keySet());
      case "--networks" -> names.addAll(project.networks().keySet());
      case "--images" -> project.services().forEach((name, service) ->
          names.add(service.image() != null ? service.image() : project.name() + "-" + name));
      // Like docker compose, every profile the file declares, the inactive ones included.
      default -> {
        project.services().values().forEach(service -> names.addAll(service.profiles()));
        project.disabledServices().values().forEach(service -> names.addAll(service.profiles()));
      }
    }
    StringBuilder result = new StringBuilder();
    names.forEach(name -> result.append(name).append('\n'));
    return result.toString();
  }
}
