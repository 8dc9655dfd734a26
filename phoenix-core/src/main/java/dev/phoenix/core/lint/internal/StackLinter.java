package dev.phoenix.core.lint.internal;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeException;
import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.compose.InterpolationException;
import dev.phoenix.core.compose.internal.dotenv.DotEnv;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import dev.phoenix.core.compose.internal.yaml.ComposeYaml;
import dev.phoenix.core.lint.LintFinding;
import dev.phoenix.core.lint.LintedStack;
import dev.phoenix.core.lint.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lints stacks: each is first loaded by the Compose loader (a stack that does not load is one
 * {@code load-error} finding and is left out of the other rules), then its files are read again
 * as raw trees with positions for the rules. Stacks are independent but for the claims that must
 * be unique across all of them.
 */
public final class StackLinter {
  static final String LOAD_ERROR = "load-error";
  private static final Logger LOG = LoggerFactory.getLogger(StackLinter.class);

  private final Map<String, String> environment;

  /** @param environment variables set besides each stack's {@code .env}; they win over it */
  public StackLinter(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
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
    PhoenixException loadError = load(stack, true);
    RawStack raw;
    try {
      raw = new RawStack(stack, readFiles(stack), lookup(stack));
    } catch (PhoenixException e) {
      findings.add(Severity.ERROR, LOAD_ERROR, stack.name(), place(stack, e), detail(e));
      return null;
    }
    int before = findings.size();
    if (loadError == null || load(stack, false) == null) {
      // Loads but for the cross-service checks (such as container_name with replicas): the rules
      // say more, so the loader's error is kept only when no rule points at its line.
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

  private PhoenixException load(LintedStack stack, boolean consistencyCheck) {
    ComposeLoader.Builder builder = ComposeLoader.builder()
        .workingDirectory(stack.directory())
        .environment(environment)
        .consistencyCheck(consistencyCheck)
        .onWarning(warning -> { });
    stack.composeFiles().forEach(file -> builder.file(stack.directory().resolve(file)));
    if (stack.envFile() != null) {
      builder.envFile(stack.envFile());
    }
    try {
      builder.load();
      return null;
    } catch (PhoenixException e) {
      return e;
    }
  }

  private static List<RawStack.RawFile> readFiles(LintedStack stack) {
    List<RawStack.RawFile> files = new ArrayList<>();
    for (Path file : stack.composeFiles()) {
      Path path = stack.directory().resolve(file).toAbsolutePath().normalize();
      String content;
      try {
        content = Files.readString(path);
      } catch (IOException e) {
        throw new PhoenixException("cannot read " + path + ": " + e.getMessage(), new UncheckedIOException(e));
      }
      List<YamlMap> documents = ComposeYaml.read(content, path.toString());
      files.add(new RawStack.RawFile(new SourceText(path, content), documents));
    }
    return files;
  }

  /** The process environment given, then the stack's {@code .env}, as Compose resolves them. */
  private java.util.function.Function<String, String> lookup(LintedStack stack) {
    Map<String, String> variables = new HashMap<>();
    if (stack.envFile() != null && Files.isRegularFile(stack.envFile())) {
      variables.putAll(DotEnv.read(stack.envFile(), environment::get));
    }
    variables.putAll(environment);
    return variables::get;
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
