package dev.phoenix.core.compose.internal.model;

import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.core.compose.internal.tree.TreePath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * A value of the canonical tree together with the way to it. The path is only materialized for an
 * error message, so walking a valid tree costs one small object per value.
 */
final class Node {
  private final Object root;
  private final Node parent;
  private final Object step;
  private final Object value;

  private Node(Object root, Node parent, Object step, Object value) {
    this.root = root;
    this.parent = parent;
    this.step = step;
    this.value = value;
  }

  /** The root of a tree. */
  static Node root(Object root) {
    return new Node(root, null, null, root);
  }

  Object value() {
    return value;
  }

  Node child(String key, Object childValue) {
    return new Node(root, this, key, childValue);
  }

  Node child(int index, Object childValue) {
    return new Node(root, this, index, childValue);
  }

  /** The keys and indexes from the root to this value. */
  List<Object> path() {
    ArrayList<Object> path = new ArrayList<>();
    for (Node node = this; node != null && node.step != null; node = node.parent) {
      path.add(node.step);
    }
    Collections.reverse(path);
    return path;
  }

  /** An error about this value, with its position and YAML path. */
  ComposeValidationException error(String detail) {
    List<Object> path = path();
    return new ComposeValidationException(TreePath.locate(root, path), TreePath.render(path), detail);
  }

  /**
   * Runs a record constructor for this value; what the record refuses (a negative size, an
   * extension key without {@code x-}) becomes an error at this value's position.
   */
  <T> T build(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw error(e.getMessage() == null ? "invalid value" : e.getMessage());
    }
  }
}
