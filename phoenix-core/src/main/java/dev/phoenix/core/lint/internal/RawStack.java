package dev.phoenix.core.lint.internal;

import dev.phoenix.api.compose.InterpolationException;
import dev.phoenix.core.compose.internal.interpolation.Template;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import dev.phoenix.core.lint.LintedStack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stack as the rules see it: every compose file the loader reads for it (its own files, the
 * files they {@code include}, the files named by {@code extends}) as raw trees with positions (not
 * interpolated, not merged, so every finding points into the file the user wrote), each with the
 * variables the loader interpolates it with, and every service definition with the service of the
 * project it becomes part of.
 *
 * @param files every file, each once per set of variables, in the order they were read
 * @param services the services the files define, then the definitions they {@code extends}
 *     (owned by the service that extends them)
 * @param activeServices the services enabled by the active profiles, or null when the stack did
 *     not load and so it is not known
 */
record RawStack(LintedStack stack, List<RawFile> files, List<RawService> services, Set<String> activeServices) {

  RawStack {
    files = List.copyOf(files);
    services = List.copyOf(services);
    activeServices = activeServices == null ? null : Set.copyOf(activeServices);
  }

  /**
   * One compose file: its text, its documents, the variables it is interpolated with, and the
   * directory its {@code include} and {@code extends} paths resolve against (the project
   * directory for a stack's own file and an included file, its own directory for an extended
   * file).
   */
  record RawFile(SourceText source, List<YamlMap> documents, Map<String, String> variables, Path directory) {

    RawFile {
      documents = List.copyOf(documents);
      variables = Map.copyOf(variables);
    }

    /** The value of a variable for this file, or null when it is unset. */
    String lookup(String name) {
      return variables.get(name);
    }

    /**
     * A value as Compose would see it after interpolation: strings substituted with this file's
     * variables (an invalid template, which the loader reports, is kept as written), other
     * scalars as they are.
     */
    String resolved(Object value) {
      if (value == null) {
        return null;
      }
      String text = String.valueOf(value);
      if (!(value instanceof String)) {
        return text;
      }
      try {
        return Template.substitute(text, this::lookup);
      } catch (InterpolationException e) {
        return text;
      }
    }

    /**
     * The definitions of service {@code name} in this file (one per document that has it), as
     * extended by {@code owner}, which replaces the {@code hidden} keys.
     */
    List<RawService> definitions(String name, String owner, Set<String> hidden) {
      List<RawService> result = new ArrayList<>();
      for (YamlMap document : documents) {
        if (document.get("services") instanceof YamlMap services && services.get(name) instanceof YamlMap spec) {
          result.add(new RawService(owner, spec, this, hidden));
        }
      }
      return result;
    }

    /** Every service this file defines, in document order, each owned by itself. */
    List<RawService> services() {
      List<RawService> result = new ArrayList<>();
      for (YamlMap document : documents) {
        if (document.get("services") instanceof YamlMap services) {
          for (Map.Entry<String, Object> entry : services.entrySet()) {
            if (entry.getValue() instanceof YamlMap spec) {
              result.add(new RawService(entry.getKey(), spec, this, Set.of()));
            }
          }
        }
      }
      return result;
    }
  }

  /**
   * One definition of a service in one file: {@code name} is the service of the project it is
   * part of, which for a definition reached by {@code extends} is the service that extends it.
   *
   * @param hidden for a definition reached by {@code extends}, the keys that a service extending
   *     it replaces with {@code !reset} or {@code !override}, so that its values here do not count
   */
  record RawService(String name, YamlMap spec, RawFile file, Set<String> hidden) {

    RawService {
      hidden = Set.copyOf(hidden);
    }

    /** The value of one of the definition's keys, or null when it has none or it is hidden. */
    Object get(String key) {
      return hidden.contains(key) ? null : spec.get(key);
    }

    /** Whether the definition sets {@code key} (even to null) and it is not hidden. */
    boolean has(String key) {
      return !hidden.contains(key) && spec.containsKey(key);
    }

    /** The keys of the definition that count. */
    List<String> keys() {
      return spec.keySet().stream().filter(key -> !hidden.contains(key)).toList();
    }

    /** The place of one of the definition's keys. */
    Place keyPlace(String key) {
      return KeyPositions.place(file.source(), spec.locationOf(key), key);
    }

    /** A value of this definition's file, interpolated as {@link RawFile#resolved} does. */
    String resolved(Object value) {
      return file.resolved(value);
    }
  }

  /**
   * Whether the service a definition belongs to runs when the stack is deployed: enabled by the
   * active profiles (every service when that is not known).
   */
  boolean active(RawService service) {
    return activeServices == null || activeServices.contains(service.name());
  }
}
