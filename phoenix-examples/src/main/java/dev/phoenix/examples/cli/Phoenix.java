package dev.phoenix.examples.cli;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.compose.ComposeException;
import dev.phoenix.api.deploy.EngineUnreachableException;
import dev.phoenix.api.endpoint.EndpointResolutionException;
import dev.phoenix.api.endpoint.TlsConfigurationException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code phoenix} command-line tool, built only on Phoenix's public API.
 *
 * <p>Exit status: 0 on success; 1 when a deployment or removal failed (the message names the
 * stack, the step or service, and what had already been done), or for a failure Phoenix did not
 * expect (the message says how to see the details); 2 for bad input (a bad command line, an
 * invalid compose file, missing credentials: the message says what and where); 3 when the Docker
 * engine or the Portainer server does not answer.
 *
 * <p>Commands are loaded only when run, so that {@code ps} does not pay for the Compose loader and
 * {@code config} does not pay for the engine client: start-up time is part of every command.
 */
public final class Phoenix {
  static final int OK = 0;
  static final int FAILURE = 1;
  static final int BAD_INPUT = 2;
  static final int ENGINE_UNREACHABLE = 3;

  private static final String USAGE = """
      Usage: phoenix COMMAND [OPTIONS]

      Commands:
        config    Load a Compose project and print its normalized model, like `docker compose config`
        plan      Show what deploy would change, without changing anything
        deploy    Create or update the stack on the Docker engine, like `docker compose up -d`
        ps        List the stack's containers, from the engine alone (-p NAME needs no file)
        down      Remove the stack's containers and networks (-v: volumes too)
        ls        List the stacks on the engine
        tls       Make a certificate authority and certificates for a TLS engine; check and renew them
        context   List, inspect, create, remove and use docker CLI contexts (shared with the docker CLI)
        lint      Check a directory of stacks offline: variables, $$, ports, routers, replicas, Swarm keys
        sync      Deploy every stack of a directory to the engine or to Portainer; --prune removes stacks
                  gone from it
        portainer Ask a Portainer server: status, endpoints, stacks ls|get|rm
        rewrite   Apply a stack manifest (phoenix.json) to a compose file and print the result

      Run 'phoenix COMMAND --help' for the options of a command.
      """;

  private Phoenix() {
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(Arrays.asList(args), out, err);
    out.flush();
    System.exit(status);
  }

  /** Runs one command line with the process environment; the streams are parameters so that tests can read them. */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    return run(args, out, err, System.getenv());
  }

  /** Runs one command line with {@code environment} as the process environment, so that tests control it. */
  static int run(List<String> args, PrintStream out, PrintStream err, Map<String, String> environment) {
    if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
      (args.isEmpty() ? err : out).print(USAGE);
      return args.isEmpty() ? BAD_INPUT : OK;
    }
    List<String> rest = args.subList(1, args.size());
    try {
      return switch (args.get(0)) {
        case "config" -> new ConfigCommand(out, err, environment).run(rest);
        case "plan" -> new DeployCommand(false, out, err, environment).run(rest);
        case "deploy" -> new DeployCommand(true, out, err, environment).run(rest);
        case "ps" -> new PsCommand(out, err, environment).run(rest);
        case "down" -> new DownCommand(out, err, environment).run(rest);
        case "ls" -> new LsCommand(out, err, environment).run(rest);
        case "tls" -> new TlsCommand(out, environment).run(rest);
        case "context" -> new ContextCommand(out, environment).run(rest);
        case "lint" -> new LintCommand(out, environment).run(rest);
        case "sync" -> new SyncCommand(out, err, environment).run(rest);
        case "portainer" -> new PortainerCommand(out, err, environment).run(rest);
        case "rewrite" -> new RewriteCommand(out, err).run(rest);
        default -> throw new UsageException("unknown command \"" + args.get(0) + "\" (see phoenix --help)");
      };
    } catch (UsageException e) {
      err.println("phoenix: " + oneLine(e.getMessage()));
      return BAD_INPUT;
    } catch (ComposeException e) {
      err.println(oneLine(e.getMessage()));
      return BAD_INPUT;
    } catch (EndpointResolutionException e) {
      err.println("phoenix: " + e.getMessage());
      return BAD_INPUT;
    } catch (EngineUnreachableException | TlsConfigurationException e) {
      err.println("phoenix: " + e.getMessage());
      return ENGINE_UNREACHABLE;
    } catch (PhoenixException e) {
      // A deployment failure spans lines on purpose: what had been done, a service's last log lines.
      err.println("phoenix: " + e.getMessage());
      return FAILURE;
    } catch (RuntimeException e) {
      err.println("phoenix: unexpected error: " + e);
      if (environment.get("PHOENIX_DEBUG") != null) {
        e.printStackTrace(err);
      } else {
        err.println("(set PHOENIX_DEBUG=1 to see the details)");
      }
      return FAILURE;
    }
  }

  /** A message quoting user input (a key, a name) stays on one line: line breaks are shown escaped. */
  private static String oneLine(String message) {
    return message.replace("\r", "\\r").replace("\n", "\\n");
  }
}
