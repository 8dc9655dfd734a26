package dev.phoenix.core.compose.internal.normalize;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.core.compose.internal.tree.TreePath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a value sits in the tree being read: a chain of keys and indexes back to the root. Built as
 * a linked chain so that walking the tree costs one small object per step, and the full path and
 * source position are only worked out when an error has to be reported.
 */
final class At {
  private final At parent;
  private final Object step;
  private final Object root;

  private At(At parent, Object step, Object root) {
    this.parent = parent;
    this.step = step;
    this.root = root;
  }

  /** The root of {@code tree}; positions are looked up in that tree. */
  static At root(Object tree) {
    return new At(null, null, tree);
  }

  At key(String key) {
    return new At(this, key, null);
  }

  At index(int index) {
    return new At(this, index, null);
  }

  /** The keys and indexes from the root to here. */
  List<Object> steps() {
    List<Object> steps = new ArrayList<>();
    for (At at = this; at.parent != null; at = at.parent) {
      steps.add(at.step);
    }
    Collections.reverse(steps);
    return steps;
  }

  /** The rendered path, such as {@code services.web.ports[0]}. */
  String path() {
    return TreePath.render(steps());
  }

  SourceLocation location() {
    At top = this;
    while (top.parent != null) {
      top = top.parent;
    }
    return TreePath.locate(top.root, steps());
  }

  /** An error about the value here, with its position and path. */
  ComposeValidationException invalid(String detail) {
    return new ComposeValidationException(location(), path(), detail);
  }
}
