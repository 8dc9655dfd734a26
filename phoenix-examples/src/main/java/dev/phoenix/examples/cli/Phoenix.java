package dev.phoenix.examples.cli;

import dev.phoenix.api.PhoenixException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code phoenix} command-line tool, built only on Phoenix's public API.
 *
 * <p>Exit status: 0 on success, 2 for bad input (a bad command line, an invalid compose file: the
 * message says what and where), 1 for a failure Phoenix did not expect (the message says how to
 * see the details).
 */
public final class Phoenix {
  static final int OK = 0;
  static final int FAILURE = 1;
  static final int BAD_INPUT = 2;

  private static final String USAGE = """
      Usage: phoenix COMMAND [OPTIONS]

      Commands:
        config    Load a Compose project and print its normalized model, like `docker compose config`

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
        default -> throw new UsageException("unknown command \"" + args.get(0) + "\" (see phoenix --help)");
      };
    } catch (UsageException e) {
      err.println("phoenix: " + oneLine(e.getMessage()));
      return BAD_INPUT;
    } catch (PhoenixException e) {
      err.println(oneLine(e.getMessage()));
      return BAD_INPUT;
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
