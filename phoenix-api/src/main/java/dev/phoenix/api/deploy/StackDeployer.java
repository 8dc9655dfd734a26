package dev.phoenix.api.deploy;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Deploys stacks to one {@link DeploymentTarget}: plan, deploy, status, remove. Thread-safe; it
 * owns its target and closes it.
 *
 * <pre>{@code
 * try (StackDeployer deployer = StackDeployer.builder()
 *         .target(DeploymentTarget.docker())
 *         .listener(event -> System.out.println(event))
 *         .build()) {
 *     Plan plan = deployer.plan(stack);                 // no side effects
 *     DeploymentResult result = deployer.deploy(stack)
 *         .waitHealthy(Duration.ofMinutes(2))
 *         .removeOrphans()
 *         .execute();
 *     deployer.remove("shop").volumes().execute();
 * }
 * }</pre>
 */
public final class StackDeployer implements AutoCloseable {
  private final DeploymentTarget target;
  private final DeploymentListener listener;

  private StackDeployer(Builder builder) {
    this.target = Objects.requireNonNull(builder.target, "a target is required: StackDeployer.builder().target(...)");
    this.listener = builder.listener;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The target this deployer works on. */
  public DeploymentTarget target() {
    return target;
  }

  /** What deploying {@code stack} with default options would do. Changes nothing. */
  public Plan plan(Stack stack) {
    return target.plan(stack, DeployOptions.defaults());
  }

  /** What deploying {@code stack} with {@code options} would do. Changes nothing. */
  public Plan plan(Stack stack, DeployOptions options) {
    return target.plan(stack, options);
  }

  /** A deployment of {@code stack}, to be configured and then {@link Deploy#execute() executed}. */
  public Deploy deploy(Stack stack) {
    return new Deploy(Objects.requireNonNull(stack, "stack"), DeployOptions.defaults());
  }

  /** What the target holds for the stack named {@code stack}. */
  public StackStatus status(String stack) {
    return target.status(stack);
  }

  /** Every stack on the target. */
  public List<StackSummary> list() {
    return target.list();
  }

  /** Taking the stack named {@code stack} down, to be configured and then {@link Remove#execute() executed}. */
  public Remove remove(String stack) {
    return new Remove(Objects.requireNonNull(stack, "stack"), RemoveOptions.defaults());
  }

  /** Closes the target. */
  @Override
  public void close() {
    target.close();
  }

  /** One deployment being configured. Immutable: each method returns a new one; only {@link #execute()} does I/O. */
  public final class Deploy {
    private final Stack stack;
    private final DeployOptions options;

    private Deploy(Stack stack, DeployOptions options) {
      this.stack = stack;
      this.options = options;
    }

    /** Waits up to {@code timeout} for every service to be healthy (or running, without a health check). */
    public Deploy waitHealthy(Duration timeout) {
      return new Deploy(stack, options.withWait(timeout));
    }

    /** Removes containers of services no longer in the stack. */
    public Deploy removeOrphans() {
      return new Deploy(stack, options.withRemoveOrphans(true));
    }

    /** Overrides every service's pull policy. */
    public Deploy pullPolicy(PullPolicy policy) {
      return new Deploy(stack, options.withPullPolicy(policy));
    }

    /** Works on at most {@code services} services at once. */
    public Deploy parallelism(int services) {
      return new Deploy(stack, options.withParallelism(services));
    }

    /** Recreates every container, changed or not. */
    public Deploy forceRecreate() {
      return new Deploy(stack, options.withForceRecreate(true));
    }

    /** Replaces all options at once. */
    public Deploy options(DeployOptions replacement) {
      return new Deploy(stack, Objects.requireNonNull(replacement, "options"));
    }

    /** The options so far. */
    public DeployOptions options() {
      return options;
    }

    /**
     * Deploys.
     *
     * @throws DeploymentException when a step fails; it says what had already been done
     */
    public DeploymentResult execute() {
      return target.apply(stack, options, listener);
    }
  }

  /** One removal being configured. Immutable; only {@link #execute()} does I/O. */
  public final class Remove {
    private final String stack;
    private final RemoveOptions options;

    private Remove(String stack, RemoveOptions options) {
      this.stack = stack;
      this.options = options;
    }

    /** Removes the stack's volumes too ({@code down -v}). */
    public Remove volumes() {
      return new Remove(stack, options.withRemoveVolumes(true));
    }

    /** Gives each container {@code timeout} to stop before it is killed. */
    public Remove stopTimeout(Duration timeout) {
      return new Remove(stack, new RemoveOptions(options.removeVolumes(), timeout));
    }

    /** Takes the stack down. */
    public RemovalResult execute() {
      return target.remove(stack, options, listener);
    }
  }

  /** Collects a deployer's parts. */
  public static final class Builder {
    private DeploymentTarget target;
    private DeploymentListener listener = DeploymentListener.NONE;

    private Builder() {
    }

    /** Where stacks go. The deployer closes it. */
    public Builder target(DeploymentTarget target) {
      this.target = Objects.requireNonNull(target, "target");
      return this;
    }

    /** Who hears about progress. Default: nobody. */
    public Builder listener(DeploymentListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** The deployer. */
    public StackDeployer build() {
      return new StackDeployer(this);
    }
  }
}
