package dev.phoenix.examples.cli;

import dev.phoenix.api.deploy.DeployOptions;
import dev.phoenix.api.deploy.DeploymentException;
import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.DeploymentResult;
import dev.phoenix.api.deploy.Plan;
import dev.phoenix.api.deploy.PullPolicy;
import dev.phoenix.api.deploy.Stack;
import dev.phoenix.api.deploy.StackDeployer;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code phoenix deploy} brings the engine to the Compose project, like {@code docker compose up
 * -d}; {@code phoenix plan} says what it would do and changes nothing. The project is loaded
 * before the engine is contacted, so a bad file is reported as bad input whatever the engine's state.
 */
final class DeployCommand {
  private static final Duration DEFAULT_WAIT = Duration.ofSeconds(120);

  private static final String DEPLOY_HELP = """
      Usage: phoenix deploy [OPTIONS]

      Create or update the stack's networks, volumes and containers so that they match the Compose
      project, like `docker compose up -d`. Unchanged containers are not touched.

      Options:
      """ + StackOptions.HELP + """
            --wait                  Wait until every service is healthy (or running, or completed)
            --timeout DURATION      How long --wait waits (default 120s; implies --wait)
            --remove-orphans        Remove containers of services no longer in the project
            --pull POLICY           always, missing, never or build (default: each service's pull_policy)
            --force-recreate        Recreate every container, changed or not
            --parallel N            Services worked on at once (default 8)
      """;

  private static final String PLAN_HELP = """
      Usage: phoenix plan [OPTIONS]

      Show what `phoenix deploy` would do: each network, volume and container created, recreated,
      started, removed or kept, with the fields that changed. Changes nothing.

      Options:
      """ + StackOptions.HELP + """
            --remove-orphans        Plan the removal of containers of services no longer in the project
            --pull POLICY           always, missing, never or build
            --force-recreate        Plan to recreate every container
      """;

  private final boolean apply;
  private final PrintStream out;
  private final PrintStream err;
  private final StackOptions stackOptions;

  /** A {@code deploy} command when {@code apply}, a {@code plan} command otherwise. */
  DeployCommand(boolean apply, PrintStream out, PrintStream err, Map<String, String> environment) {
    this.apply = apply;
    this.out = out;
    this.err = err;
    this.stackOptions = new StackOptions(environment);
  }

  int run(List<String> args) {
    DeployOptions options = DeployOptions.defaults();
    boolean wait = false;
    Duration timeout = DEFAULT_WAIT;
    Arguments arguments = new Arguments(args);
    while (arguments.hasNext()) {
      String option = arguments.next();
      if (stackOptions.accept(option, arguments)) {
        continue;
      }
      switch (option) {
        case "-h", "--help" -> {
          out.print(apply ? DEPLOY_HELP : PLAN_HELP);
          return Phoenix.OK;
        }
        case "--remove-orphans" -> {
          arguments.noValue(option);
          options = options.withRemoveOrphans(true);
        }
        case "--force-recreate" -> {
          arguments.noValue(option);
          options = options.withForceRecreate(true);
        }
        case "--pull" -> options = options.withPullPolicy(pullPolicy(arguments.value(option)));
        case "--wait" -> {
          requireApply(option);
          arguments.noValue(option);
          wait = true;
        }
        case "--timeout", "--wait-timeout" -> {
          requireApply(option);
          timeout = DurationOption.parse(option, arguments.value(option));
          wait = true;
        }
        case "--parallel" -> {
          requireApply(option);
          options = options.withParallelism(Arguments.positive(option, arguments.value(option)));
        }
        default -> throw new UsageException(option.startsWith("-")
            ? "unknown option " + option + " for " + name() + " (see phoenix " + name() + " --help)"
            : name() + " takes no operand, got \"" + option + "\"");
      }
    }
    if (wait) {
      options = options.withWait(timeout);
    }

    boolean json = stackOptions.output() == OutputFormat.JSON;
    DeploymentListener listener = !apply ? DeploymentListener.NONE : json ? JsonOutput.lines(out) : new ProgressPrinter(out);
    // The engine client is opened while the project loads: both start-ups are mostly class loading,
    // and on two cores they overlap. A bad file is still reported before an absent engine.
    CompletableFuture<StackDeployer> opening = CompletableFuture.supplyAsync(() -> stackOptions.deployer(listener, err));
    Stack stack;
    try {
      stack = Stack.of(stackOptions.load(err));
    } catch (RuntimeException e) {
      opening.thenAccept(StackDeployer::close);
      throw e;
    }
    try (StackDeployer deployer = join(opening)) {
      return apply ? deploy(deployer, stack, options, json) : plan(deployer, stack, options);
    }
  }

  private static StackDeployer join(CompletableFuture<StackDeployer> opening) {
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private int plan(StackDeployer deployer, Stack stack, DeployOptions options) {
    Plan plan = deployer.plan(stack, options);
    out.print(stackOptions.output() == OutputFormat.JSON ? JsonOutput.plan(plan) + "\n" : TextOutput.plan(plan));
    return Phoenix.OK;
  }

  private int deploy(StackDeployer deployer, Stack stack, DeployOptions options, boolean json) {
    DeploymentResult result;
    try {
      result = deployer.deploy(stack).options(options).execute();
    } catch (DeploymentException failure) {
      if (json) {
        out.println(JsonOutput.failed(stack.name(), failure));
      }
      throw failure;
    }
    out.print(json ? JsonOutput.deployed(result) + "\n" : TextOutput.deployed(result));
    return Phoenix.OK;
  }

  private String name() {
    return apply ? "deploy" : "plan";
  }

  private void requireApply(String option) {
    if (!apply) {
      throw new UsageException("option " + option + " is for deploy, not plan");
    }
  }

  private static PullPolicy pullPolicy(String value) {
    try {
      return PullPolicy.fromValue(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--pull: " + e.getMessage());
    }
  }
}
