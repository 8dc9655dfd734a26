package dev.phoenix.portainer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The environment variables of a Portainer stack (its {@code Env} list of {@code {name, value}}),
 * in order, one value per name. Values may be secrets: {@link #toString()} shows names only.
 * Two environments are equal when they hold the same names with the same values, in any order
 * (the order of {@code Env} changes nothing in a deployment).
 *
 * <pre>{@code
 * StackEnv env = StackEnv.of(Map.of("TAG", "1.4")).with("DB_PASSWORD", secret);
 * }</pre>
 */
public final class StackEnv {
  private static final StackEnv EMPTY = new StackEnv(new LinkedHashMap<>());

  private final Map<String, String> values;

  private StackEnv(LinkedHashMap<String, String> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /** No variables. */
  public static StackEnv empty() {
    return EMPTY;
  }

  /**
   * The variables of {@code values}, in its iteration order.
   *
   * @throws IllegalArgumentException for an empty name; NullPointerException for a null name or value
   */
  public static StackEnv of(Map<String, String> values) {
    LinkedHashMap<String, String> copy = new LinkedHashMap<>();
    values.forEach((name, value) -> copy.put(checkName(name), Objects.requireNonNull(value, "value of " + name)));
    return new StackEnv(copy);
  }

  /** This environment with {@code name} set to {@code value} (replacing it in place if present). */
  public StackEnv with(String name, String value) {
    LinkedHashMap<String, String> copy = new LinkedHashMap<>(values);
    copy.put(checkName(name), Objects.requireNonNull(value, "value of " + name));
    return new StackEnv(copy);
  }

  /** The value of {@code name}, or null. */
  public String get(String name) {
    return values.get(name);
  }

  /** The names, in order. */
  public Set<String> names() {
    return values.keySet();
  }

  /** The variables as an unmodifiable ordered map. */
  public Map<String, String> asMap() {
    return values;
  }

  /** The number of variables. */
  public int size() {
    return values.size();
  }

  /** Whether there are none. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  private static String checkName(String name) {
    if (Objects.requireNonNull(name, "name").isEmpty()) {
      throw new IllegalArgumentException("an environment variable needs a name");
    }
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StackEnv env && values.equals(env.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** The names with their values hidden: {@code StackEnv[TAG=***, DB_PASSWORD=***]}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("StackEnv[");
    String separator = "";
    for (String name : values.keySet()) {
      text.append(separator).append(name).append("=***");
      separator = ", ";
    }
    return text.append(']').toString();
  }
}
