package dev.phoenix.core.compose.internal.interpolation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The paths where Compose turns an interpolated string into a number or a boolean, after
 * compose-go's {@code loader/interpolate.go} ({@code interpolateTypeCastMapping}).
 *
 * <p>Paths are matched as compose-go matches them: on the parts of the dotted path, so a key
 * holding a dot counts as several parts, {@code *} matches any one part and {@code []} stands
 * for a list item. The patterns form a small trie walked alongside the tree, so a subtree no
 * pattern reaches costs nothing.
 *
 * <p>{@code configs[].mode} and {@code secrets[].mode} are left as written: they are octal
 * ({@code "0440"}), which a decimal cast would misread, so a later stage parses them. Older
 * compose-go releases cast them to decimal integers; the current ones do not.
 */
final class TypeCasts {
  /** What a string at a typed path becomes. */
  enum Kind {
    /** Go {@code strconv.Atoi} / {@code ParseInt(s, 10, 64)}: a {@code Long}. */
    INTEGER("an integer"),
    /** Go {@code ParseFloat(s, 64)}: a {@code Double}. */
    FLOAT("a number"),
    /** Go {@code ParseFloat(s, 32)}: range-checked as a 32-bit float, kept as a {@code Double}. */
    FLOAT32("a number"),
    /** {@code true}/{@code false} in any case, and the YAML 1.1 words with a warning. */
    BOOLEAN("a boolean");

    final String noun;

    Kind(String noun) {
      this.noun = noun;
    }
  }

  /** A trie node: the casts reachable from the path so far. */
  static final class Node {
    private final Map<String, Node> children = new HashMap<>();
    private Node any;
    private Kind kind;
  }

  static final String LIST_ITEM = "[]";
  static final Node[] NONE = new Node[0];
  static final Node[] START;

  static {
    Node root = new Node();
    Node service = descend(root, "services", "*");
    for (String field : new String[] {"cpu_count", "cpu_period", "cpu_quota", "cpu_rt_period", "cpu_rt_runtime",
        "cpu_shares", "oom_score_adj", "pids_limit", "scale"}) {
      descend(service, field).kind = Kind.INTEGER;
    }
    for (String field : new String[] {"init", "oom_kill_disable", "privileged", "read_only", "stdin_open", "tty"}) {
      descend(service, field).kind = Kind.BOOLEAN;
    }
    descend(service, "cpu_percent").kind = Kind.FLOAT;
    descend(service, "cpus").kind = Kind.FLOAT32;
    descend(service, "ulimits", "*").kind = Kind.INTEGER;
    descend(service, "ulimits", "*", "hard").kind = Kind.INTEGER;
    descend(service, "ulimits", "*", "soft").kind = Kind.INTEGER;
    descend(service, "volumes", LIST_ITEM, "read_only").kind = Kind.BOOLEAN;
    descend(service, "volumes", LIST_ITEM, "volume", "nocopy").kind = Kind.BOOLEAN;
    descend(service, "depends_on", "*", "required").kind = Kind.BOOLEAN;
    descend(service, "depends_on", "*", "restart").kind = Kind.BOOLEAN;
    descend(service, "healthcheck", "retries").kind = Kind.INTEGER;
    descend(service, "healthcheck", "disable").kind = Kind.BOOLEAN;
    descend(service, "ports", LIST_ITEM, "target").kind = Kind.INTEGER;
    descend(service, "pre_start", "*", "privileged").kind = Kind.BOOLEAN;
    Node deploy = descend(service, "deploy");
    descend(deploy, "replicas").kind = Kind.INTEGER;
    for (String update : new String[] {"update_config", "rollback_config"}) {
      descend(deploy, update, "parallelism").kind = Kind.INTEGER;
      descend(deploy, update, "max_failure_ratio").kind = Kind.FLOAT;
    }
    descend(deploy, "restart_policy", "max_attempts").kind = Kind.INTEGER;
    descend(deploy, "placement", "max_replicas_per_node").kind = Kind.INTEGER;
    for (String flag : new String[] {"external", "internal", "attachable", "enable_ipv4", "enable_ipv6"}) {
      descend(root, "networks", "*", flag).kind = Kind.BOOLEAN;
    }
    for (String section : new String[] {"volumes", "secrets", "configs"}) {
      descend(root, section, "*", "external").kind = Kind.BOOLEAN;
    }
    START = new Node[] {root};
  }

  private TypeCasts() {
  }

  private static Node descend(Node from, String... parts) {
    Node node = from;
    for (String part : parts) {
      if (part.equals("*")) {
        if (node.any == null) {
          node.any = new Node();
        }
        node = node.any;
      } else {
        node = node.children.computeIfAbsent(part, p -> new Node());
      }
    }
    return node;
  }

  /** The trie nodes reached from {@code states} by one map key, or {@link #LIST_ITEM}. */
  static Node[] step(Node[] states, String key) {
    if (states.length == 0) {
      return NONE;
    }
    if (key.indexOf('.') < 0) {
      return stepPart(states, key);
    }
    Node[] result = states;
    int start = 0;
    while (result.length > 0) {
      int dot = key.indexOf('.', start);
      result = stepPart(result, dot < 0 ? key.substring(start) : key.substring(start, dot));
      if (dot < 0) {
        break;
      }
      start = dot + 1;
    }
    return result;
  }

  private static Node[] stepPart(Node[] states, String part) {
    if (states.length == 1) {
      Node named = states[0].children.get(part);
      Node any = states[0].any;
      if (named == null) {
        return any == null ? NONE : new Node[] {any};
      }
      return any == null ? new Node[] {named} : new Node[] {named, any};
    }
    Node[] result = new Node[states.length * 2];
    int count = 0;
    for (Node state : states) {
      Node named = state.children.get(part);
      if (named != null) {
        result[count++] = named;
      }
      if (state.any != null) {
        result[count++] = state.any;
      }
    }
    return count == 0 ? NONE : Arrays.copyOf(result, count);
  }

  /** The cast due at the path {@code states} stands for, or null. */
  static Kind kindAt(Node[] states) {
    for (Node state : states) {
      if (state.kind != null) {
        return state.kind;
      }
    }
    return null;
  }

  /**
   * Casts {@code value}; null when it is not a valid literal of that kind.
   *
   * @param warnings receives the YAML 1.1 boolean warning
   */
  static Object cast(Kind kind, String value, Consumer<String> warnings) {
    return switch (kind) {
      case INTEGER -> GoNumbers.parseInt(value);
      case FLOAT -> GoNumbers.parseFloat(value, false);
      case FLOAT32 -> GoNumbers.parseFloat(value, true);
      case BOOLEAN -> toBoolean(value, warnings);
    };
  }

  private static Boolean toBoolean(String value, Consumer<String> warnings) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      case "y", "yes", "on":
        warnings.accept(GoQuote.quote(value) + " for boolean is not supported by YAML 1.2, please use `true`");
        return Boolean.TRUE;
      case "n", "no", "off":
        warnings.accept(GoQuote.quote(value) + " for boolean is not supported by YAML 1.2, please use `false`");
        return Boolean.FALSE;
      default:
        return null;
    }
  }
}
