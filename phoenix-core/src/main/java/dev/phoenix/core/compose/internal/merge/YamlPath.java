package dev.phoenix.core.compose.internal.merge;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.core.compose.internal.tree.TreePath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where the merge is in the tree, as a chain of steps (keys and indexes). It is only rendered
 * when an error is reported, so building it costs one small object per step.
 */
record YamlPath(YamlPath parent, Object step) {
  static final YamlPath ROOT = new YamlPath(null, null);

  YamlPath key(String key) {
    return new YamlPath(this, key);
  }

  YamlPath index(int index) {
    return new YamlPath(this, index);
  }

  List<Object> steps() {
    List<Object> steps = new ArrayList<>();
    for (YamlPath p = this; p.parent != null; p = p.parent) {
      steps.add(p.step);
    }
    Collections.reverse(steps);
    return steps;
  }

  String render() {
    return TreePath.render(steps());
  }

  ComposeValidationException error(SourceLocation location, String detail) {
    return new ComposeValidationException(location, render(), detail);
  }
}
