package dev.phoenix.examples.cli;

import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.DeploymentTarget;
import dev.phoenix.api.deploy.Stack;
import dev.phoenix.core.stack.StackSync;
import dev.phoenix.core.stack.SyncOutcome;
import dev.phoenix.core.stack.SyncReport;
import dev.phoenix.core.stack.SyncResult;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code phoenix sync DIR}: deploys every stack of a directory to one target, leaves unchanged
 * stacks untouched, and prints a table of what happened to each.
 */
final class SyncCommand {
  private static final Duration DEFAULT_WAIT = Duration.ofSeconds(120);
  private static final String CONTEXT_TARGET = "docker+context:";

  private static final String HELP = """
      Usage: phoenix sync [OPTIONS] DIR

      Deploy every stack under DIR (each subdirectory with a compose file, an optional .env and
      phoenix.json) to the target, in name order. Unchanged stacks are not touched; a broken stack
      is reported and the others are still deployed. A table (or JSON) says what happened to each.

      Options:
            --target TARGET         docker (default: --host, --context or the environment) or
                                    docker+context:NAME
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
            --output text|json      Output format (default text)

      Exit status: 0 when every stack is ok, 1 when one failed or is broken (after all were tried),
      2 for bad input, 3 when the engine does not answer.
      """;

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> environment;
  private final StackOptions stackOptions;

  SyncCommand(PrintStream out, PrintStream err, Map<String, String> environment) {
    this.out = out;
    this.err = err;
    this.environment = environment;
    this.stackOptions = new StackOptions(environment);
  }

  int run(List<String> args) {
    Path directory = null;
    String targetUri = "docker";
    boolean engineOption = false;
    boolean dryRun = false;
    boolean prune = false;
    boolean removeOrphans = false;
    Duration wait = null;
    Arguments arguments = new Arguments(args);
    while (arguments.hasNext()) {
      String option = arguments.next();
      if (StackOptions.isEngineOption(option) || option.equals("--output")) {
        engineOption |= StackOptions.isEngineOption(option);
        stackOptions.accept(option, arguments);
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
    chooseTarget(targetUri, engineOption);

    boolean json = stackOptions.output() == OutputFormat.JSON;
    DeploymentListener progress = json || dryRun ? DeploymentListener.NONE : new ProgressPrinter(err);
    try (DeploymentTarget target = DeploymentTarget.docker(stackOptions.endpoint(err))) {
      StackSync sync = StackSync.to(target)
          .renderer(stack -> Stack.of(stack.load(environment)))
          .dryRun(dryRun)
          .prune(prune)
          .removeOrphans(removeOrphans)
          .waitTimeout(wait)
          .listener(progress);
      SyncReport report = sync.sync(directory);
      print(report, json);
      return report.isOk() ? Phoenix.OK : Phoenix.FAILURE;
    }
  }

  /** Points the engine options at the target named by {@code --target}; other kinds are refused for now. */
  private void chooseTarget(String uri, boolean engineOption) {
    if (uri.equals("docker")) {
      return;
    }
    if (uri.startsWith(CONTEXT_TARGET)) {
      String context = uri.substring(CONTEXT_TARGET.length());
      if (context.isEmpty()) {
        throw new UsageException("--target docker+context: needs a context name (docker+context:NAME)");
      }
      if (engineOption) {
        throw new UsageException("--target " + uri + " names the engine: leave out --host and --context");
      }
      stackOptions.accept("--context", new Arguments(List.of(context)));
      return;
    }
    String kind = uri.contains(":") ? uri.substring(0, uri.indexOf(':')) : uri;
    if (kind.equals("swarm") || kind.equals("swarm+context") || kind.equals("portainer")) {
      throw new UsageException("--target " + uri + ": sync to a " + kind
          + " target is not supported yet; use docker or docker+context:NAME");
    }
    throw new UsageException("--target must be docker or docker+context:NAME, not \"" + uri + "\"");
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
