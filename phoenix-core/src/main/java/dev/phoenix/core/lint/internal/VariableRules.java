package dev.phoenix.core.lint.internal;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.InterpolationException;
import dev.phoenix.core.compose.internal.interpolation.Template;
import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import dev.phoenix.core.lint.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code unresolved-variable} and {@code dollar-escape}: every string value of every compose file
 * (keys are never interpolated) goes through the loader's {@link Template} with the stack's
 * variables, so what counts as a variable, a default or a required value is Compose's rule.
 *
 * <ul>
 *   <li>{@code unresolved-variable}: a variable that Compose evaluates and finds unset, so it
 *       becomes an empty string (a warning), or a required {@code ${VAR:?}} that is unset (an
 *       error). A variable only in a default that is not taken is not evaluated, so not reported.
 *   <li>{@code dollar-escape}, two cases. First, an unset variable in a value a shell runs
 *       ({@code command}, {@code entrypoint}, {@code healthcheck.test}): {@code $HOSTNAME} there
 *       is almost always meant for the container's shell, so it is reported as needing
 *       {@code $$} instead of as unresolved (a variable that is set is taken as intended).
 *       Second, anywhere, a {@code $} followed by a digit, one of the shell's special parameters
 *       {@code @ * # ? ! -} or {@code (}: Compose keeps it as written, but it reads as shell
 *       syntax and a later edit can turn it into a template; {@code $$} says it is literal.
 *       A {@code $} before anything else (end of text, space, {@code /}, a quote) is not
 *       reported: regular expressions such as {@code ^/api$} use it legitimately.
 * </ul>
 */
final class VariableRules {
  static final String UNRESOLVED = "unresolved-variable";
  static final String DOLLAR = "dollar-escape";
  private static final Set<String> SHELL_KEYS = Set.of("command", "entrypoint");
  private static final String SHELL_SPECIALS = "@*#?!-(";

  private VariableRules() {
  }

  /**
   * Checks every file of the stack, included and extended ones whole (the loader interpolates
   * them whole), each with its own variables.
   */
  static void check(RawStack stack, Findings findings) {
    for (RawStack.RawFile file : stack.files()) {
      for (YamlMap document : file.documents()) {
        walk(stack, file, document, document.location(), new ArrayList<>(), findings);
      }
    }
  }

  private static void walk(RawStack stack, RawStack.RawFile file, Object node, SourceLocation location,
      List<Object> path, Findings findings) {
    if (node instanceof YamlMap map) {
      for (Map.Entry<String, Object> entry : map.entrySet()) {
        path.add(entry.getKey());
        walk(stack, file, entry.getValue(), map.locationOf(entry.getKey()), path, findings);
        path.remove(path.size() - 1);
      }
    } else if (node instanceof YamlList list) {
      for (int i = 0; i < list.size(); i++) {
        path.add(i);
        walk(stack, file, list.get(i), list.locationOf(i), path, findings);
        path.remove(path.size() - 1);
      }
    } else if (node instanceof String text && text.indexOf('$') >= 0) {
      string(stack, file, text, location, inShell(path), findings);
    }
  }

  /** Whether the value at {@code path} is run by a shell in the container. */
  private static boolean inShell(List<Object> path) {
    if (path.size() < 3 || !"services".equals(path.get(0))) {
      return false;
    }
    Object key = path.get(2);
    return SHELL_KEYS.contains(key)
        || ("healthcheck".equals(key) && path.size() > 3 && "test".equals(path.get(3)));
  }

  private static void string(RawStack stack, RawStack.RawFile file, String text, SourceLocation location,
      boolean shell, Findings findings) {
    String stackName = stack.stack().name();
    Evaluation evaluation = Evaluation.of(text, file);
    Map<String, Integer> seen = new HashMap<>();
    for (String name : evaluation.unset) {
      int occurrence = seen.merge(name, 1, Integer::sum) - 1;
      Place place = ScalarPositions.place(file.source(), location, text, TemplateTokens.occurrence(text, name, occurrence));
      if (shell) {
        findings.add(Severity.WARNING, DOLLAR, stackName, place, "$" + name
            + " is interpolated by Compose, where it is not set, not by the container's shell: write $$" + name);
      } else {
        findings.add(Severity.WARNING, UNRESOLVED, stackName, place, "variable " + name
            + " is not set (not in .env, no default): Compose uses an empty string");
      }
    }
    if (evaluation.required != null) {
      String name = evaluation.required;
      Place place = ScalarPositions.place(file.source(), location, text, TemplateTokens.occurrence(text, name, 0));
      findings.add(Severity.ERROR, UNRESOLVED, stackName, place, "required variable " + name
          + " is not set (not in .env): Compose refuses to load the stack");
    }
    for (int index : TemplateTokens.shellLikeDollars(text, SHELL_SPECIALS)) {
      String written = text.substring(index, Math.min(index + 2, text.length()));
      findings.add(Severity.WARNING, DOLLAR, stackName, ScalarPositions.place(file.source(), location, text, index),
          written + " is kept as written by Compose but reads as shell syntax: write $" + written
              + " for a literal $");
    }
  }

  /** What the loader's template engine did with one string: the unset variables it evaluated, in order. */
  private static final class Evaluation {
    private final List<String> unset = new ArrayList<>();
    private String required;
    private String last;

    static Evaluation of(String text, RawStack.RawFile file) {
      Evaluation evaluation = new Evaluation();
      try {
        Template.substitute(text, name -> {
          evaluation.last = name;
          return file.lookup(name);
        }, warning -> evaluation.unset.add(evaluation.last));
      } catch (InterpolationException e) {
        // An invalid template is the loader's to report (load-error); only a missing required value is ours.
        if (e.detail().startsWith("required variable")) {
          evaluation.required = evaluation.last;
        }
      }
      return evaluation;
    }
  }
}
