package dev.phoenix.examples.cli;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.DeploymentTarget;
import dev.phoenix.api.deploy.EngineUnreachableException;
import dev.phoenix.core.stack.PathMapping;
import dev.phoenix.core.stack.ReaderIdentity;
import dev.phoenix.core.stack.StackSync;
import dev.phoenix.core.stack.StagingArea;
import dev.phoenix.core.stack.StagingException;
import dev.phoenix.core.stack.SyncOutcome;
import dev.phoenix.core.stack.SyncReport;
import dev.phoenix.core.stack.SyncResult;
import dev.phoenix.examples.cli.PortainerOptions.Credentials;
import dev.phoenix.portainer.PortainerApiException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code phoenix sync DIR}: deploys every stack of a directory to one target (a Docker engine, or a
 * Portainer environment), leaves unchanged stacks untouched, and prints a table of what happened to
 * each.
 */
final class SyncCommand {
  private static final Duration DEFAULT_WAIT = Duration.ofSeconds(120);
  private static final String CONTEXT_TARGET = "docker+context:";
  private static final String PORTAINER_TARGET = "portainer:";

  private static final String HELP = """
      Usage: phoenix sync [OPTIONS] DIR

      Deploy every stack under DIR (each subdirectory with a compose file, an optional .env and
      phoenix.json) to the target, in name order, with its phoenix.json applied. Unchanged stacks
      are not touched; a broken stack is reported and the others are still deployed. A table (or
      JSON) says what happened to each. A stack whose phoenix.json names a target.uri goes there.

      With --target portainer:https://HOST:9443?endpoint=N each stack becomes a Portainer stack on
      environment N: created with one request, updated with one when its file changed, untouched
      otherwise. The credentials and TLS options below also serve the portainer: targets that
      phoenix.json files name. Phoenix marks the Portainer stacks it deploys (the variables
      PHOENIX_MANAGED_BY and PHOENIX_COMPOSE_FILES), so --prune removes only those it deployed
      from DIR, never a stack made in Portainer. --staging does not apply (Portainer keeps the
      file itself).

      Options:
            --target TARGET         docker (default: --host, --context or the environment),
                                    docker+context:NAME or portainer:https://HOST:9443?endpoint=N
        -H, --host URL              Docker engine (unix:///var/run/docker.sock, tcp://HOST:PORT)
        -c, --context NAME          Docker CLI context to use
            --dry-run               Show each stack's plan; change nothing
            --prune                 Remove the stacks Phoenix deployed from DIR that are no longer in it
                                    (stacks made by docker compose are never removed)
            --wait                  Wait until each stack is healthy (or running)
            --timeout DURATION      How long --wait waits (default 120s; implies --wait); a stack's
                                    phoenix.json health.timeout wins
            --remove-orphans        Remove containers of services no longer in a stack (unless its
                                    phoenix.json says otherwise)
            --staging DIR           Write each rendered stack to DIR/STACK/compose.yaml (atomically)
                                    and deploy it from there, as the daemon sees DIR
            --staging-reader-path PATH
                                    Where the daemon sees the staging DIR (default: DIR itself);
                                    bind mounts under DIR are translated to PATH
            --staging-reader-user UID[:GID[,GID...]]
                                    Who reads the staged files (default 0:0, root; 65534:65534 for
                                    NFS with root_squash): a stack they could not read is refused
                                    before anything is deployed
            --output text|json      Output format (default text)

      Portainer (an API key or password is never taken from the command line):
      """ + PortainerOptions.HELP + """

      Exit status: 0 when every stack is ok, 1 when one failed or is broken (after all were tried)
      or Portainer refused the credentials, 2 for bad input (no credentials for Portainer), 3 when
      the engine or Portainer does not answer.
      """;

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> environment;
  private final StackOptions stackOptions;
  private final PortainerOptions portainer;

  SyncCommand(PrintStream out, PrintStream err, Map<String, String> environment) {
    this.out = out;
    this.err = err;
    this.environment = environment;
    this.stackOptions = new StackOptions(environment);
    this.portainer = new PortainerOptions(environment);
  }

  int run(List<String> args) {
    PortainerOptions.refuseSecrets(args);
    Path directory = null;
    String targetUri = "docker";
    boolean dryRun = false;
    boolean prune = false;
    boolean removeOrphans = false;
    Duration wait = null;
    Path stagingDirectory = null;
    Path readerPath = null;
    ReaderIdentity reader = null;
    Arguments arguments = new Arguments(args);
    while (arguments.hasNext()) {
      String option = arguments.next();
      if (stackOptions.acceptEngine(option, arguments) || portainer.accept(option, arguments)) {
        continue;
      }
      switch (option) {
        case "-h", "--help" -> {
          out.print(HELP);
          return Phoenix.OK;
        }
        case "--target" -> targetUri = arguments.value(option);
        case "--dry-run" -> {
          arguments.noValue(option);
          dryRun = true;
        }
        case "--prune" -> {
          arguments.noValue(option);
          prune = true;
        }
        case "--remove-orphans" -> {
          arguments.noValue(option);
          removeOrphans = true;
        }
        case "--wait" -> {
          arguments.noValue(option);
          wait = wait == null ? DEFAULT_WAIT : wait;
        }
        case "--timeout", "--wait-timeout" -> wait = DurationOption.parse(option, arguments.value(option));
        case "--staging" -> stagingDirectory = Path.of(arguments.value(option));
        case "--staging-reader-path" -> readerPath = absolute(option, arguments.value(option));
        case "--staging-reader-user" -> reader = readerIdentity(option, arguments.value(option));
        default -> {
          if (option.startsWith("-")) {
            throw new UsageException("unknown option " + option + " for sync (see phoenix sync --help)");
          }
          if (directory != null) {
            throw new UsageException("sync takes one directory, got a second: \"" + option + "\"");
          }
          directory = Path.of(option);
        }
      }
    }
    if (directory == null) {
      throw new UsageException("sync needs the directory of stacks (see phoenix sync --help)");
    }
    if (!Files.isDirectory(directory)) {
      throw new UsageException("sync: " + directory + " is not a directory");
    }
    URI portainerServer = chooseTarget(targetUri);
    if (portainerServer != null && stagingDirectory != null) {
      throw new UsageException("--staging does not apply to --target " + targetUri + ": Portainer keeps the"
          + " stack's file itself; leave out --staging");
    }
    StagingArea staging = null;
    if (stagingDirectory != null) {
      Path writer = stagingDirectory.toAbsolutePath().normalize();
      try {
        staging = StagingArea.open(new PathMapping(writer, readerPath != null ? readerPath : writer));
      } catch (StagingException e) {
        throw new UsageException("--staging: " + e.getMessage());
      }
    } else if (readerPath != null || reader != null) {
      throw new UsageException("--staging-reader-path and --staging-reader-user need --staging DIR");
    }

    // Credentials are needed for a portainer target; given as options, they also serve the
    // portainer targets that manifests name.
    Credentials credentials = portainerServer != null || portainer.given() ? portainer.credentials() : null;
    Map<String, String> targetEnvironment = credentials != null ? portainer.targetEnvironment(credentials)
        : environment;
    if (portainerServer != null) {
      portainer.checkTls(portainerServer, err);
    }

    boolean json = stackOptions.output() == OutputFormat.JSON;
    DeploymentListener progress = json || dryRun ? DeploymentListener.NONE : new ProgressPrinter(err);
    try (DeploymentTarget target = portainerServer != null
        ? openPortainer(targetUri, targetEnvironment) : DeploymentTarget.docker(stackOptions.endpoint(err))) {
      // Stacks are rendered with the process environment alone: a key read from --api-key-file
      // only opens targets and is never a variable a compose file could interpolate.
      StackSync sync = StackSync.to(target)
          .environment(environment)
          .targetEnvironment(targetEnvironment)
          .dryRun(dryRun)
          .prune(prune)
          .removeOrphans(removeOrphans)
          .waitTimeout(wait)
          .listener(progress);
      if (staging != null) {
        sync = sync.staging(staging, reader != null ? reader : ReaderIdentity.root());
      }
      SyncReport report = sync.sync(directory);
      print(report, json);
      return report.isOk() ? Phoenix.OK : Phoenix.FAILURE;
    } catch (PortainerApiException e) {
      if (portainerServer == null) {
        throw e;
      }
      throw PortainerOptions.explain(e, portainerServer.toString(), credentials);
    } catch (EngineUnreachableException e) {
      throw portainerServer == null ? e : PortainerOptions.withTlsHint(e);
    }
  }

  /**
   * Points the engine options at the target named by {@code --target}, or returns the server of a
   * portainer target; swarm targets are refused for now.
   */
  private URI chooseTarget(String uri) {
    if (uri.equals("docker")) {
      return null;
    }
    if (uri.startsWith(PORTAINER_TARGET)) {
      if (stackOptions.engineChosen()) {
        throw new UsageException("--target " + uri + " names the server: leave out --host and --context");
      }
      return portainerServer(uri.substring(PORTAINER_TARGET.length()));
    }
    if (uri.startsWith(CONTEXT_TARGET)) {
      String context = uri.substring(CONTEXT_TARGET.length());
      if (context.isEmpty()) {
        throw new UsageException("--target docker+context: needs a context name (docker+context:NAME)");
      }
      if (stackOptions.engineChosen()) {
        throw new UsageException("--target " + uri + " names the engine: leave out --host and --context");
      }
      stackOptions.context(context);
      return null;
    }
    String kind = uri.contains(":") ? uri.substring(0, uri.indexOf(':')) : uri;
    if (kind.equals("swarm") || kind.equals("swarm+context")) {
      throw new UsageException("--target " + uri + ": sync to a " + kind
          + " target is not supported yet; use docker, docker+context:NAME or portainer:URL");
    }
    throw new UsageException("--target must be docker, docker+context:NAME or portainer:https://HOST:9443?endpoint=N,"
        + " not \"" + uri + "\"");
  }

  /** The server of a portainer target's address ({@code https://HOST:9443?endpoint=N}), checked. */
  private static URI portainerServer(String address) {
    URI url;
    try {
      url = URI.create(address.strip());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--target portainer: needs https://HOST:9443?endpoint=N: " + e.getMessage());
    }
    PortainerOptions.refuseUserInfo(url, "--target portainer:URL");
    boolean web = "https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme());
    if (url.getHost() == null || !web) {
      throw new UsageException("--target portainer: needs the server's URL and environment:"
          + " portainer:https://HOST:9443?endpoint=N");
    }
    return URI.create(url.getScheme() + "://" + url.getRawAuthority() + (url.getRawPath() == null ? ""
        : url.getRawPath()));
  }

  /**
   * The portainer target, opened with {@code environment} (the process's, with the options
   * translated); an address or TLS setting the provider refuses is bad input.
   */
  private static DeploymentTarget openPortainer(String uri, Map<String, String> environment) {
    try {
      return DeploymentTarget.open("portainer", uri.substring(PORTAINER_TARGET.length()), environment);
    } catch (PhoenixException e) {
      throw new UsageException("--target " + uri + ": " + e.getMessage());
    }
  }


  private static Path absolute(String option, String value) {
    Path path = Path.of(value);
    if (!path.isAbsolute()) {
      throw new UsageException(option + " must be an absolute path, as the daemon sees it: \"" + value + "\"");
    }
    return path;
  }

  /** {@code UID}, {@code UID:GID} or {@code UID:GID,GID...}; the group defaults to the uid. */
  static ReaderIdentity readerIdentity(String option, String value) {
    if (!value.matches("[0-9]+(:[0-9]+(,[0-9]+)*)?")) {
      throw new UsageException(option + " must be UID, UID:GID or UID:GID,GID... in numbers, not \"" + value + "\"");
    }
    try {
      int colon = value.indexOf(':');
      int uid = Integer.parseInt(colon < 0 ? value : value.substring(0, colon));
      Set<Integer> gids = new LinkedHashSet<>();
      if (colon < 0) {
        gids.add(uid);
      } else {
        for (String gid : value.substring(colon + 1).split(",")) {
          gids.add(Integer.parseInt(gid));
        }
      }
      return new ReaderIdentity(uid, gids);
    } catch (NumberFormatException e) {
      throw new UsageException(option + ": a number is too large in \"" + value + "\"");
    }
  }

  private void print(SyncReport report, boolean json) {
    if (json) {
      out.println(report.toJson());
      return;
    }
    if (report.dryRun()) {
      for (SyncResult row : report.withOutcome(SyncOutcome.PLANNED)) {
        if (row.plan() != null) {
          out.print(TextOutput.plan(row.plan()));
          out.println();
        }
      }
    }
    out.print(report.toTable());
  }
}
