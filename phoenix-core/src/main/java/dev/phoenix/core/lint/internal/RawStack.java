package dev.phoenix.core.lint.internal;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.InterpolationException;
import dev.phoenix.core.compose.internal.interpolation.Template;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import dev.phoenix.core.lint.LintedStack;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A stack as the rules see it: its compose files as raw trees with positions (not interpolated,
 * not merged, so every finding points into the file the user wrote), and the variables that are
 * set for it.
 */
record RawStack(LintedStack stack, List<RawFile> files, Function<String, String> lookup) {

  /** One compose file: its text and its documents. */
  record RawFile(SourceText source, List<YamlMap> documents) {
  }

  /** One service of one file. */
  record RawService(String name, YamlMap spec, RawFile file, SourceLocation location) {

    /** The place of one of the service's keys. */
    Place keyPlace(String key) {
      return KeyPositions.place(file.source(), spec.locationOf(key), key);
    }

    /** The place where the value of one of the service's keys starts. */
    Place valuePlace(String key) {
      return file.source().place(spec.locationOf(key));
    }
  }

  /** Every service of every file, in file and document order. */
  List<RawService> services() {
    List<RawService> result = new java.util.ArrayList<>();
    for (RawFile file : files) {
      for (YamlMap document : file.documents()) {
        if (document.get("services") instanceof YamlMap services) {
          for (Map.Entry<String, Object> entry : services.entrySet()) {
            if (entry.getValue() instanceof YamlMap spec) {
              result.add(new RawService(entry.getKey(), spec, file, services.locationOf(entry.getKey())));
            }
          }
        }
      }
    }
    return result;
  }

  /**
   * A value as Compose would see it after interpolation: strings substituted with this stack's
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
      return Template.substitute(text, lookup);
    } catch (InterpolationException e) {
      return text;
    }
  }
}
