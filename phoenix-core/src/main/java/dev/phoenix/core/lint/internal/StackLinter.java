package dev.phoenix.core.lint.internal;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeException;
import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.InterpolationException;
import dev.phoenix.core.compose.internal.dotenv.DotEnv;
import dev.phoenix.core.lint.LintFinding;
import dev.phoenix.core.lint.LintedStack;
import dev.phoenix.core.lint.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lints stacks: each is first loaded by the Compose loader (a stack that does not load is one
 * {@code load-error} finding and is left out of the other rules), then the files the loader read
 * for it (its own, the included ones, the extended ones) are read again as raw trees with
 * positions for the rules. Stacks are independent but for the claims that must be unique across
 * all of them, which only the services enabled by the active profiles make.
 */
public final class StackLinter {
  static final String LOAD_ERROR = "load-error";
  private static final Logger LOG = LoggerFactory.getLogger(StackLinter.class);

  private final Map<String, String> environment;
  private final Set<String> profiles;

  /**
   * @param environment variables set besides each stack's {@code .env}; they win over it
   * @param profiles the profiles to activate ({@code --profile}); when empty, each stack's
   *     {@code COMPOSE_PROFILES} says, as it does for the loader
   */
  public StackLinter(Map<String, String> environment, Set<String> profiles) {
    this.environment = Map.copyOf(environment);
    this.profiles = Set.copyOf(profiles);
  }

  /** The findings for {@code stacks}, sorted by file, line and column. */
  public List<LintFinding> lint(List<LintedStack> stacks) {
    Findings findings = new Findings();
    UniquenessRules uniqueness = new UniquenessRules();
    for (LintedStack stack : stacks) {
      RawStack raw = lintOne(stack, findings);
      if (raw != null) {
        uniqueness.collect(raw);
      }
    }
    uniqueness.report(findings);
    return findings.sorted();
  }

  /** Lints one stack alone; returns it for the shared rules, or null when it did not load. */
  private RawStack lintOne(LintedStack stack, Findings findings) {
    LOG.debug("linting stack {} in {}", stack.name(), stack.directory());
    Load checked = load(stack, true);
    // Loads but for the cross-service checks (such as container_name with replicas): the rules
    // say more, so the loader's error is kept only when no rule points at its line.
    Load loaded = checked.error() == null ? checked : load(stack, false);
    RawStack raw;
    try {
      raw = RawStackReader.read(stack, variables(stack, loaded.project()),
          loaded.project() == null ? null : loaded.project().services().keySet());
    } catch (PhoenixException e) {
      findings.add(Severity.ERROR, LOAD_ERROR, stack.name(), place(stack, e), detail(e));
      return null;
    }
    int before = findings.size();
    PhoenixException loadError = checked.error();
    if (loaded.project() != null) {
      VariableRules.check(raw, findings);
      ServiceRules.check(raw, findings);
      if (loadError != null && !findings.pointsAt(place(stack, loadError), before)) {
        findings.add(Severity.ERROR, LOAD_ERROR, stack.name(), place(stack, loadError), detail(loadError));
      }
      return raw;
    }
    if (loadError instanceof InterpolationException) {
      // A required variable that is unset is what unresolved-variable reports, at the variable itself.
      VariableRules.check(raw, findings);
    }
    if (findings.size() == before) {
      findings.add(Severity.ERROR, LOAD_ERROR, stack.name(), place(stack, loadError), detail(loadError));
    }
    return null;
  }

  /** What one load gave: the project, or the error. */
  private record Load(ComposeProject project, PhoenixException error) {
  }

  private Load load(LintedStack stack, boolean consistencyCheck) {
    ComposeLoader.Builder builder = ComposeLoader.builder()
        .workingDirectory(stack.directory())
        .environment(environment)
        .consistencyCheck(consistencyCheck)
        .onWarning(warning -> { });
    stack.composeFiles().forEach(file -> builder.file(stack.directory().resolve(file)));
    if (stack.envFile() != null) {
      builder.envFile(stack.envFile());
    }
    profiles.forEach(builder::profile);
    try {
      return new Load(builder.load(), null);
    } catch (PhoenixException e) {
      return new Load(null, e);
    }
  }

  /**
   * The variables of the stack's own files, as the loader sets them: the given environment over
   * the stack's {@code .env}, and {@code COMPOSE_PROJECT_NAME} (the project's name, or the stack's
   * when it did not load).
   */
  private Map<String, String> variables(LintedStack stack, ComposeProject project) {
    Map<String, String> variables = new HashMap<>();
    if (stack.envFile() != null && Files.isRegularFile(stack.envFile())) {
      variables.putAll(DotEnv.read(stack.envFile(), environment::get));
    }
    variables.putAll(environment);
    variables.put("COMPOSE_PROJECT_NAME", project != null ? project.name() : stack.name());
    return variables;
  }

  /** The loader's message without the location, which the finding carries itself. */
  private static String detail(PhoenixException e) {
    String message = e.getMessage();
    if (e instanceof ComposeException compose && compose.location().isPresent()) {
      String prefix = compose.location().get() + ": ";
      if (message.startsWith(prefix)) {
        return message.substring(prefix.length());
      }
    }
    return message;
  }

  /** Where the loader says the error is, else the stack's first compose file. */
  private static Place place(LintedStack stack, PhoenixException e) {
    Path first = stack.directory().resolve(stack.composeFiles().get(0));
    if (e instanceof ComposeException compose && compose.location().isPresent()) {
      SourceLocation location = compose.location().get();
      Path file = Path.of(location.file());
      if (!file.isAbsolute()) {
        file = Path.of("").toAbsolutePath().resolve(file);
      }
      return new Place(file.normalize(), location.line(), location.column());
    }
    return new Place(first, 0, 0);
  }
}
