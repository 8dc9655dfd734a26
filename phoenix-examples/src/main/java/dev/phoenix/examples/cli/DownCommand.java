package dev.phoenix.examples.cli;

import dev.phoenix.api.deploy.DeploymentException;
import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.RemovalResult;
import dev.phoenix.api.deploy.StackDeployer;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code phoenix down}: stops and removes the stack's containers and networks, and with
 * {@code -v} its volumes, like {@code docker compose down}. It needs only the stack's name:
 * {@code -p NAME}, or the project the Compose files define.
 */
final class DownCommand {
  private static final String HELP = """
      Usage: phoenix down [OPTIONS]

      Stop and remove the stack's containers and networks (volumes with -v). External networks
      and volumes are never removed. With -p NAME no Compose file is read.

      Options:
      """ + StackOptions.HELP + """
        -v, --volumes               Remove the stack's named volumes and its containers' anonymous volumes
        -t, --timeout DURATION      How long each container gets to stop (default: its stop_grace_period)
      """;

  private final PrintStream out;
  private final PrintStream err;
  private final StackOptions stackOptions;

  DownCommand(PrintStream out, PrintStream err, Map<String, String> environment) {
    this.out = out;
    this.err = err;
    this.stackOptions = new StackOptions(environment);
  }

  int run(List<String> args) {
    boolean volumes = false;
    Duration stopTimeout = null;
    Arguments arguments = new Arguments(args);
    while (arguments.hasNext()) {
      String option = arguments.next();
      if (stackOptions.accept(option, arguments)) {
        continue;
      }
      switch (option) {
        case "-h", "--help" -> {
          out.print(HELP);
          return Phoenix.OK;
        }
        case "-v", "--volumes" -> {
          arguments.noValue(option);
          volumes = true;
        }
        case "-t", "--timeout" -> stopTimeout = DurationOption.parse(option, arguments.value(option));
        default -> throw new UsageException(option.startsWith("-")
            ? "unknown option " + option + " for down (see phoenix down --help)"
            : "down takes no operand, got \"" + option + "\"");
      }
    }
    String stack = stackOptions.stackName(err);
    boolean json = stackOptions.output() == OutputFormat.JSON;
    DeploymentListener listener = json ? JsonOutput.lines(out) : new ProgressPrinter(out);
    try (StackDeployer deployer = stackOptions.deployer(listener, err)) {
      StackDeployer.Remove remove = deployer.remove(stack);
      if (volumes) {
        remove = remove.volumes();
      }
      if (stopTimeout != null) {
        remove = remove.stopTimeout(stopTimeout);
      }
      RemovalResult result;
      try {
        result = remove.execute();
      } catch (DeploymentException failure) {
        if (json) {
          out.println(JsonOutput.failed(stack, failure));
        }
        throw failure;
      }
      if (json) {
        out.println(JsonOutput.removed(result));
      } else {
        out.print(TextOutput.removed(result));
        result.warnings().forEach(warning -> err.println("warning: " + warning));
      }
      return Phoenix.OK;
    }
  }
}
