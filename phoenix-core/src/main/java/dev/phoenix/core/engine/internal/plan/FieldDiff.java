package dev.phoenix.core.engine.internal.plan;

import dev.phoenix.api.deploy.FieldChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The fields that differ between a container's {@code dev.phoenix.config-fields} label and the
 * service's new field digests. Only digests are compared, so no value is ever at hand to leak:
 * environment, secret and config changes are marked redacted, the image shows its references, and
 * other fields say only that they changed.
 */
final class FieldDiff {
  private FieldDiff() {
  }

  /**
   * The changed fields, sorted by name; empty when the container carries no field digests (it was
   * not created by Phoenix, or by an older version).
   *
   * @param before the container's field digests
   * @param after the service's field digests
   * @param beforeImage the image reference the container was created with
   * @param afterImage the image reference the service now runs
   */
  static List<FieldChange> between(Map<String, String> before, Map<String, String> after, String beforeImage,
      String afterImage) {
    List<FieldChange> changes = new ArrayList<>();
    if (before.isEmpty()) {
      return changes;
    }
    TreeSet<String> fields = new TreeSet<>(before.keySet());
    fields.addAll(after.keySet());
    for (String field : fields) {
      if (!Objects.equals(before.get(field), after.get(field))) {
        changes.add(change(field, beforeImage, afterImage));
      }
    }
    return changes;
  }

  private static FieldChange change(String field, String beforeImage, String afterImage) {
    if (field.startsWith("environment.") || field.equals("environment") || field.equals("secrets")
        || field.equals("configs")) {
      return FieldChange.redacted(field);
    }
    if (field.equals("image")) {
      return FieldChange.of("image", beforeImage, afterImage);
    }
    return new FieldChange(field, null, null, false);
  }

  /** An image ID shortened as the docker CLI prints it: 12 hex digits without {@code sha256:}. */
  static String shortImageId(String id) {
    if (id == null) {
      return null;
    }
    String hex = id.startsWith("sha256:") ? id.substring("sha256:".length()) : id;
    return hex.length() > 12 ? hex.substring(0, 12) : hex;
  }
}
