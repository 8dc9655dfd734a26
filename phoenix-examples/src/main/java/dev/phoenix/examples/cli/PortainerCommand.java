package dev.phoenix.examples.cli;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.deploy.EngineUnreachableException;
import dev.phoenix.examples.cli.PortainerOptions.Credentials;
import dev.phoenix.portainer.Environment;
import dev.phoenix.portainer.PortainerApiException;
import dev.phoenix.portainer.PortainerClient;
import dev.phoenix.portainer.PortainerStack;
import dev.phoenix.portainer.PortainerStacks;
import dev.phoenix.portainer.PortainerVersion;
import dev.phoenix.portainer.StackContainer;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code phoenix portainer status|endpoints|stacks ls|get|rm}: a Portainer server's version and
 * whether the credentials work, its environments, and its stacks, read and removed through its API.
 */
final class PortainerCommand {
  /** The variable that gives the server's address when {@code --url} does not. */
  static final String URL_VARIABLE = "PHOENIX_PORTAINER_URL";

  private static final String HELP = """
      Usage: phoenix portainer [OPTIONS] status
             phoenix portainer [OPTIONS] endpoints
             phoenix portainer [OPTIONS] stacks ls [--endpoint N]
             phoenix portainer [OPTIONS] stacks get NAME|ID [--endpoint N] [--file]
             phoenix portainer [OPTIONS] stacks rm NAME|ID [--endpoint N]

      status      The server's version, the stack create route that version uses, and whether the
                  credentials are accepted (exit status 1 when they are not)
      endpoints   The environments: ID, name, type, status, Swarm or not, engine version, URL
      stacks ls   The stacks Portainer manages (on environment N with --endpoint): ID, name, type
                  (compose or swarm), environment, status, created and updated (UTC), git or file
      stacks get  One stack's details and containers; --file prints its compose file instead
      stacks rm   Remove a stack: its containers go, its volumes are kept (Portainer never removes them)

      A stack is named by its ID, or by its name with --endpoint N (names are unique per environment);
      a name is normalized as Portainer does (lowercased, only -, _, a-z and 0-9 kept), and a number
      is taken as an ID. An unknown stack or environment is bad input (exit status 2). Variables of a
      stack are shown by name only.

      Options:
            --url URL               The server, https://HOST:9443 (default: PHOENIX_PORTAINER_URL)
      """ + PortainerOptions.HELP + """
            --endpoint N            The environment (its ID, see endpoints)
            --file                  stacks get: print the stack's compose file
            --output text|json      Output format (default text); json prints one document

      A secret is never taken from the command line (--api-key, --password or an argument that looks
      like a key is refused): it would show in the process list of every user of the machine.

      Exit status: 0 on success; 1 when Portainer refuses the call (401 or 403: the credentials);
      2 for bad input (no credentials, a missing key file, an unknown stack); 3 when Portainer does
      not answer.
      """;

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> environment;
  private final PortainerOptions portainer;
  private final List<String> operands = new ArrayList<>();
  private String url;
  private Integer endpoint;
  private boolean file;
  private OutputFormat output = OutputFormat.TEXT;

  PortainerCommand(PrintStream out, PrintStream err, Map<String, String> environment) {
    this.out = out;
    this.err = err;
    this.environment = environment;
    this.portainer = new PortainerOptions(environment);
  }

  int run(List<String> args) {
    PortainerOptions.refuseSecrets(args);
    Arguments arguments = new Arguments(args);
    while (arguments.hasNext()) {
      String option = arguments.next();
      if (portainer.accept(option, arguments)) {
        continue;
      }
      switch (option) {
        case "-h", "--help" -> {
          out.print(HELP);
          return Phoenix.OK;
        }
        case "--url" -> url = arguments.value(option);
        case "--endpoint" -> endpoint = Arguments.positive(option, arguments.value(option));
        case "--file" -> {
          arguments.noValue(option);
          file = true;
        }
        case "--output" -> output = OutputFormat.parse(arguments.value(option));
        default -> {
          if (option.startsWith("-")) {
            throw new UsageException("unknown option " + option + " for portainer (see phoenix portainer --help)");
          }
          operands.add(option);
        }
      }
    }
    String subcommand = subcommand();
    URI server = server();
    Credentials credentials = portainer.credentials();
    portainer.checkTls(server, err);
    try (PortainerClient client = portainer.client(server, credentials)) {
      return switch (subcommand) {
        case "status" -> status(client, server, credentials);
        case "endpoints" -> endpoints(client);
        case "stacks ls" -> listStacks(client);
        case "stacks get" -> getStack(client);
        default -> removeStack(client);
      };
    } catch (PortainerApiException e) {
      throw PortainerOptions.explain(e, server.toString(), credentials);
    } catch (EngineUnreachableException e) {
      throw PortainerOptions.withTlsHint(e);
    }
  }

  /** The subcommand ({@code stacks get}), with its operands and options checked. */
  private String subcommand() {
    if (operands.isEmpty()) {
      throw new UsageException("portainer needs a subcommand: status, endpoints, stacks ls, stacks get or stacks rm"
          + " (see phoenix portainer --help)");
    }
    String first = operands.get(0);
    String subcommand = switch (first) {
      case "status", "endpoints" -> first;
      case "stacks" -> {
        if (operands.size() < 2) {
          throw new UsageException("portainer stacks needs ls, get or rm (see phoenix portainer --help)");
        }
        String second = operands.get(1);
        if (!List.of("ls", "get", "rm").contains(second)) {
          throw new UsageException("unknown portainer stacks subcommand \"" + second + "\": ls, get or rm");
        }
        yield "stacks " + second;
      }
      default -> throw new UsageException("unknown portainer subcommand \"" + first
          + "\": status, endpoints or stacks (see phoenix portainer --help)");
    };
    int expected = switch (subcommand) {
      case "status", "endpoints" -> 1;
      case "stacks ls" -> 2;
      default -> 3;
    };
    if (operands.size() != expected) {
      throw new UsageException("portainer " + subcommand + (expected == 3 ? " takes one stack, NAME or ID, got "
          + (operands.size() - 2) : " takes no operand, got \"" + operands.get(expected) + "\""));
    }
    if (endpoint != null && !subcommand.startsWith("stacks")) {
      throw new UsageException("--endpoint is for the stacks subcommands, not " + subcommand);
    }
    if (file && !subcommand.equals("stacks get")) {
      throw new UsageException("--file is for stacks get, not " + subcommand);
    }
    return subcommand;
  }

  /** The server's address: {@code --url}, else PHOENIX_PORTAINER_URL. */
  private URI server() {
    String address = url != null ? url : environment.get(URL_VARIABLE);
    String what = url != null ? "--url" : URL_VARIABLE;
    if (address == null || address.isBlank()) {
      throw new UsageException("portainer needs the server's address: --url https://HOST:9443 (or set "
          + URL_VARIABLE + ")");
    }
    URI server;
    try {
      server = URI.create(address.strip());
    } catch (IllegalArgumentException e) {
      throw new UsageException(what + " is no URL: " + e.getMessage());
    }
    PortainerOptions.refuseUserInfo(server, what);
    if (!"https".equalsIgnoreCase(server.getScheme()) && !"http".equalsIgnoreCase(server.getScheme())
        || server.getHost() == null) {
      throw new UsageException(what + " must be https://HOST:9443 (or http://HOST:9000), not \"" + address + "\"");
    }
    if (server.getRawQuery() != null || server.getRawFragment() != null) {
      throw new UsageException(what + " must be the server's address alone, without ?... or #...: give the"
          + " environment with --endpoint N");
    }
    return server;
  }

  private int status(PortainerClient client, URI server, Credentials credentials) {
    PortainerVersion version = client.version();
    Integer environments = null;
    PortainerApiException refused = null;
    try {
      environments = client.environments().list().size();
    } catch (PortainerApiException e) {
      if (e.status() != 401 && e.status() != 403 && e.status() != 422) {
        throw e;
      }
      refused = e;
    }
    PortainerOutput.Status status = new PortainerOutput.Status(server.toString(), version, credentials, environments,
        refused == null ? null : refused.status());
    out.print(output == OutputFormat.JSON ? PortainerOutput.statusJson(status) + "\n" : PortainerOutput.status(status));
    if (refused != null) {
      throw PortainerOptions.explain(refused, server.toString(), credentials);
    }
    return Phoenix.OK;
  }

  private int endpoints(PortainerClient client) {
    List<Environment> environments = new ArrayList<>(client.environments().list());
    environments.sort(Comparator.comparingInt(Environment::id));
    out.print(output == OutputFormat.JSON ? PortainerOutput.environmentsJson(environments) + "\n"
        : PortainerOutput.environments(environments));
    return Phoenix.OK;
  }

  private int listStacks(PortainerClient client) {
    if (endpoint != null) {
      requireEnvironment(client, endpoint);
    }
    List<PortainerStack> stacks = new ArrayList<>(client.stacks().listAll().stream()
        .filter(stack -> endpoint == null || stack.endpointId() == endpoint).toList());
    stacks.sort(Comparator.comparingInt(PortainerStack::endpointId).thenComparing(PortainerStack::name));
    out.print(output == OutputFormat.JSON ? PortainerOutput.stacksJson(stacks) + "\n"
        : PortainerOutput.stacks(stacks));
    return Phoenix.OK;
  }

  private int getStack(PortainerClient client) {
    PortainerStack stack = find(client, operands.get(2));
    if (file && output == OutputFormat.TEXT) {
      String content = client.stacks().file(stack.id());
      out.print(content.endsWith("\n") || content.isEmpty() ? content : content + "\n");
      return Phoenix.OK;
    }
    List<StackContainer> containers = List.of();
    String containersError = null;
    try {
      containers = client.stacks().containers(stack);
    } catch (EngineUnreachableException e) {
      throw e;
    } catch (PhoenixException e) {
      // An Edge environment without its tunnel, a stopped engine: the stack's record is still worth showing.
      containersError = e.getMessage();
    }
    if (output == OutputFormat.JSON) {
      out.println(PortainerOutput.stackJson(stack, containers, containersError,
          file ? client.stacks().file(stack.id()) : null));
    } else {
      out.print(PortainerOutput.stack(stack, containers, containersError));
    }
    return Phoenix.OK;
  }

  private int removeStack(PortainerClient client) {
    PortainerStack stack = find(client, operands.get(2));
    client.stacks().delete(stack.endpointId(), stack.id());
    out.print(output == OutputFormat.JSON ? PortainerOutput.removedJson(stack) + "\n" : PortainerOutput.removed(stack));
    return Phoenix.OK;
  }

  /**
   * The stack {@code nameOrId} names: a number is an ID (on {@code --endpoint} when given), anything
   * else a name on {@code --endpoint}, normalized as Portainer does.
   */
  private PortainerStack find(PortainerClient client, String nameOrId) {
    if (nameOrId.matches("[0-9]+")) {
      int id = Arguments.positive("a stack ID", nameOrId);
      PortainerStack stack;
      try {
        stack = client.stacks().get(id);
      } catch (PortainerApiException e) {
        if (e.status() == 404) {
          throw new UsageException("Portainer has no stack with ID " + id + " (phoenix portainer stacks ls lists"
              + " them)");
        }
        throw e;
      }
      if (endpoint != null && stack.endpointId() != endpoint) {
        throw new UsageException("stack " + id + " (" + stack.name() + ") is on environment " + stack.endpointId()
            + ", not on environment " + endpoint);
      }
      return stack;
    }
    if (endpoint == null) {
      throw new UsageException("a stack named by its name needs --endpoint N, as a name is unique only within an"
          + " environment (or give the stack's ID)");
    }
    String name;
    try {
      name = PortainerStacks.normalizeName(nameOrId);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    requireEnvironment(client, endpoint);
    return client.stacks().listAll().stream()
        .filter(stack -> stack.endpointId() == endpoint && stack.name().equalsIgnoreCase(name))
        .findFirst()
        .orElseThrow(() -> new UsageException("no stack named " + name + (name.equals(nameOrId) ? ""
            : " (\"" + nameOrId + "\" as Portainer normalizes it)") + " on environment " + endpoint
            + " (phoenix portainer stacks ls --endpoint " + endpoint + " lists them)"));
  }

  private static void requireEnvironment(PortainerClient client, int id) {
    try {
      client.environments().get(id);
    } catch (PortainerApiException e) {
      if (e.status() == 404) {
        throw new UsageException("Portainer has no environment " + id + " (phoenix portainer endpoints lists them)");
      }
      throw e;
    }
  }
}
