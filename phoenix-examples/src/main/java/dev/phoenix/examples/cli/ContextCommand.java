package dev.phoenix.examples.cli;

import dev.phoenix.api.endpoint.TlsMaterial;
import dev.phoenix.core.tls.context.DockerContext;
import dev.phoenix.core.tls.context.DockerContextStore;
import dev.phoenix.core.tls.endpoint.EndpointResolver;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code phoenix context ls|inspect|create|rm|use}: the docker CLI's own context store
 * ({@code $DOCKER_CONFIG}, else {@code ~/.docker}), so a context made here works in
 * {@code docker --context NAME} and one made by {@code docker context create} works here.
 */
final class ContextCommand {
  private static final String HELP = """
      Usage: phoenix context ls
             phoenix context inspect NAME
             phoenix context create NAME --host URL [--tls-dir DIR | --ca FILE --cert FILE --key FILE]
                                         [--skip-tls-verify] [--description TEXT]
             phoenix context rm [-f] NAME
             phoenix context use NAME

      The contexts are the docker CLI's: DOCKER_CONFIG moves the store, as it does for docker.
      --tls-dir DIR takes ca.pem, cert.pem and key.pem from DIR; --ca, --cert and --key take files
      of any name. The files are copied into the store.
      """;

  private final PrintStream out;
  private final Map<String, String> environment;

  ContextCommand(PrintStream out, Map<String, String> environment) {
    this.out = out;
    this.environment = environment;
  }

  int run(List<String> args) {
    if (args.isEmpty()) {
      throw new UsageException("context needs a subcommand: ls, inspect, create, rm or use (see phoenix context --help)");
    }
    String subcommand = args.get(0);
    if (subcommand.equals("-h") || subcommand.equals("--help")) {
      out.print(HELP);
      return Phoenix.OK;
    }
    DockerContextStore store = store(environment);
    Options options = Options.parse(subcommand, args.subList(1, args.size()));
    if (options.help) {
      out.print(HELP);
      return Phoenix.OK;
    }
    switch (subcommand) {
      case "ls" -> {
        options.operands(0, "ls");
        out.printf(Locale.ROOT, "%-20s %-40s %s%n", "NAME", "DOCKER ENDPOINT", "DESCRIPTION");
        for (DockerContext context : store.list()) {
          out.printf(Locale.ROOT, "%-20s %-40s %s%n", context.name() + (context.current() ? " *" : ""),
              context.host() + (context.tls() != null || context.skipTlsVerify() ? " (TLS)" : ""), context.description());
        }
      }
      case "inspect" -> {
        DockerContext context = store.inspect(options.operands(1, "inspect").get(0));
        out.println("name:          " + context.name() + (context.current() ? " (current)" : ""));
        out.println("description:   " + context.description());
        out.println("host:          " + context.host());
        out.println("skip verify:   " + context.skipTlsVerify());
        TlsMaterial tls = context.tls();
        out.println("tls:           " + (tls == null ? "none" : "ca " + tls.caCertificate() + ", cert "
            + tls.clientCertificate() + ", key " + tls.clientKey()));
      }
      case "create" -> {
        String name = options.operands(1, "create").get(0);
        if (options.host == null) {
          throw new UsageException("context create needs --host URL");
        }
        store.create(name, options.host, options.tls(), options.skipTlsVerify, options.description);
        out.println("created context " + name + " (use it with: phoenix context use " + name
            + ", or docker --context " + name + ")");
      }
      case "rm" -> {
        for (String name : options.operands(-1, "rm")) {
          store.remove(name, options.force);
          out.println("removed context " + name);
        }
      }
      case "use" -> {
        String name = options.operands(1, "use").get(0);
        store.use(name);
        out.println("current context is now " + name);
      }
      default -> throw new UsageException("unknown context subcommand \"" + subcommand
          + "\": ls, inspect, create, rm or use");
    }
    return Phoenix.OK;
  }

  /** Replaces context {@code name}'s TLS files with those of {@code directory}, after a renewal. */
  static void refreshTls(Map<String, String> environment, String name, Path directory) {
    store(environment).updateTls(name, TlsMaterial.inDirectory(directory));
  }

  private static DockerContextStore store(Map<String, String> environment) {
    return new DockerContextStore(EndpointResolver.configDirectory(environment), environment);
  }

  /** The options and operands of one subcommand. */
  private static final class Options {
    final List<String> operands = new ArrayList<>();
    String host;
    Path tlsDir;
    Path ca;
    Path cert;
    Path key;
    boolean skipTlsVerify;
    boolean force;
    boolean help;
    String description = "";

    static Options parse(String subcommand, List<String> args) {
      Options options = new Options();
      Arguments arguments = new Arguments(args);
      while (arguments.hasNext()) {
        String option = arguments.next();
        switch (option) {
          case "-h", "--help" -> options.help = true;
          case "--host", "-H" -> options.host = arguments.value(option);
          case "--tls-dir" -> options.tlsDir = Path.of(arguments.value(option));
          case "--ca" -> options.ca = Path.of(arguments.value(option));
          case "--cert" -> options.cert = Path.of(arguments.value(option));
          case "--key" -> options.key = Path.of(arguments.value(option));
          case "--skip-tls-verify" -> options.skipTlsVerify = true;
          case "--description" -> options.description = arguments.value(option);
          case "-f", "--force" -> options.force = true;
          default -> {
            if (option.startsWith("-")) {
              throw new UsageException("unknown option " + option + " for context " + subcommand
                  + " (see phoenix context --help)");
            }
            options.operands.add(option);
          }
        }
      }
      return options;
    }

    /** The operands, exactly {@code count} of them ({@code -1}: at least one). */
    List<String> operands(int count, String subcommand) {
      if (count < 0 ? operands.isEmpty() : operands.size() != count) {
        throw new UsageException("context " + subcommand + " takes " + (count == 0 ? "no name"
            : count < 0 ? "one name or more" : "one name") + ", got " + operands.size());
      }
      return operands;
    }

    TlsMaterial tls() {
      if (tlsDir != null && (ca != null || cert != null || key != null)) {
        throw new UsageException("give either --tls-dir or --ca/--cert/--key, not both");
      }
      if (tlsDir != null) {
        return TlsMaterial.inDirectory(tlsDir);
      }
      if (ca == null && cert == null && key == null) {
        return null;
      }
      if ((cert == null) != (key == null)) {
        throw new UsageException("--cert and --key go together");
      }
      return new TlsMaterial(ca, cert, key, null);
    }
  }
}
