package dev.phoenix.core.compose.internal.merge;

import static dev.phoenix.core.compose.internal.merge.ResetStripper.cast;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.core.compose.internal.tree.Reset;
import dev.phoenix.core.compose.internal.tree.TreePath;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges one tree over another with compose-go's rules ({@link MergeRule}), never changing
 * either input: each mapping on the way of the later tree is a new one, and everything the later
 * tree does not touch is shared with the earlier tree.
 *
 * <p>{@code !reset} and {@code !override} act as in compose-go, where the later file's tagged
 * paths are first deleted from the earlier tree and the tags then dropped: a tag only removes an
 * earlier value that sits in a mapping of the earlier file itself ({@code baseFromTree}), not in
 * one the merge made up (a list of networks turned into a mapping, a build string turned into
 * {@code {context}}).
 *
 * <p>With {@code keepMarkers} (the {@code extends} merge) the later side's markers and tags stay in
 * the result, so that when the file is in turn merged over earlier files they act there too, as
 * compose-go applies a file's tagged paths to the earlier files after resolving its extends.
 */
final class TreeMerger {
  static final TreeMerger FILES = new TreeMerger(false);
  static final TreeMerger EXTENDS = new TreeMerger(true);

  private final boolean keepMarkers;

  private TreeMerger(boolean keepMarkers) {
    this.keepMarkers = keepMarkers;
  }

  /**
   * Merges mapping {@code over} over mapping {@code base}.
   *
   * @param rule the rule of the place both mappings sit at
   * @param baseFromTree whether {@code base} is a mapping of the earlier tree, which tags of the
   *     later one may delete from, rather than one the merge converted from a list or string
   */
  Map<String, Object> mergeMaps(Map<String, Object> base, Map<String, Object> over, MergeRule rule, YamlPath path,
      boolean baseFromTree) {
    Map<String, Object> result = Nodes.copyOf(base, over);
    for (Map.Entry<String, Object> entry : over.entrySet()) {
      String key = entry.getKey();
      Object value = entry.getValue();
      SourceLocation location = TreePath.locationOf(over, key);
      if (value instanceof Reset) {
        if (baseFromTree) {
          result.remove(key);
          if (keepMarkers) {
            Nodes.put(result, key, value, location);
          }
        }
      } else if (!base.containsKey(key) || baseFromTree && Nodes.isOverride(value)) {
        Nodes.put(result, key, finish(value, rule.child(key), path.key(key)), location);
      } else {
        Object earlier = base.get(key);
        SourceLocation earlierLocation = TreePath.locationOf(base, key);
        Object merged = mergeValue(earlier, earlierLocation, value, location, rule.child(key), path.key(key),
            baseFromTree);
        // a later null leaves the earlier value, which still points where it was read
        Nodes.put(result, key, merged, merged == earlier ? earlierLocation : location);
      }
    }
    return result;
  }

  /** A value taken whole from the later side. */
  Object finish(Object value, MergeRule rule, YamlPath path) {
    return keepMarkers ? value : ResetStripper.strip(value, rule, path);
  }

  private Object mergeValue(Object base, SourceLocation baseLocation, Object over, SourceLocation overLocation,
      MergeRule rule, YamlPath path, boolean baseFromTree) {
    boolean mapFromTree = baseFromTree && base instanceof Map;
    return switch (rule.kind()) {
      case REPLACE -> finish(over, rule, path);
      case TO_SEQUENCE, EXTRA_HOSTS -> Unicity.enforce(
          sequence(base, baseLocation, over, overLocation, path, baseFromTree, rule.kind() == MergeRule.Kind.EXTRA_HOSTS),
          rule.unique(), path);
      case BUILD -> mergeMaps(build(base, baseLocation, path), build(over, overLocation, path), rule, path, mapFromTree);
      case DEPENDS_ON -> mergeMaps(mapping(base, baseLocation, path, true), mapping(over, overLocation, path, true),
          rule, path, mapFromTree);
      case TO_MAPPING -> mergeMaps(mapping(base, baseLocation, path, false), mapping(over, overLocation, path, false),
          rule, path, mapFromTree);
      case LOGGING -> logging(base, over, overLocation, rule, path, baseFromTree);
      case IPAM_CONFIG -> IpamConfigMerge.merge(this, base, over, overLocation, path);
      case DEFAULT -> mergeDefault(base, over, overLocation, rule, path, baseFromTree);
    };
  }

  private Object mergeDefault(Object base, Object over, SourceLocation overLocation, MergeRule rule, YamlPath path,
      boolean baseFromTree) {
    if (over == null) {
      return base;
    }
    if (base instanceof Map<?, ?> baseMap) {
      if (over instanceof Map<?, ?> overMap) {
        return mergeMaps(cast(baseMap), cast(overMap), rule, path, baseFromTree);
      }
      throw cannotOverride(base, over, overLocation, path);
    }
    if (base instanceof List<?> baseList) {
      if (over instanceof List<?> overList) {
        return Unicity.enforce(append(cast(baseList), cast(overList), path), rule.unique(), path);
      }
      throw cannotOverride(base, over, overLocation, path);
    }
    return finish(over, rule, path);
  }

  private List<Object> append(List<Object> base, List<Object> over, YamlPath path) {
    List<Object> result = Nodes.newList(Nodes.located(base) || Nodes.located(over),
        Nodes.either(Nodes.locationOf(base), Nodes.locationOf(over)));
    for (int i = 0; i < base.size(); i++) {
      Nodes.add(result, base.get(i), TreePath.locationOf(base, i));
    }
    appendItems(result, over, path, 0);
    return result;
  }

  /** Appends the later side's items, skipping reset items and any of the first {@code known}. */
  private void appendItems(List<Object> result, List<Object> over, YamlPath path, int known) {
    for (int i = 0; i < over.size(); i++) {
      Object item = over.get(i);
      if (item instanceof Reset) {
        continue;
      }
      Object finished = finish(item, MergeRule.EMPTY, path.index(i));
      if (known == 0 || !result.subList(0, known).contains(finished)) {
        Nodes.add(result, finished, TreePath.locationOf(over, i));
      }
    }
  }

  /**
   * Both sides as {@code KEY=VALUE} sequences, appended; with {@code dropKnown} the later entries
   * the earlier side already holds are left out ({@code extra_hosts}).
   */
  private List<Object> sequence(Object base, SourceLocation baseLocation, Object over, SourceLocation overLocation,
      YamlPath path, boolean baseFromTree, boolean dropKnown) {
    Object earlier = withoutTaggedKeys(base, over, baseFromTree);
    boolean located = baseLocation != null || overLocation != null || Nodes.located(base) || Nodes.located(over);
    List<Object> result = Nodes.newList(located, Nodes.either(baseLocation, overLocation));
    appendAsSequence(result, earlier, baseLocation, path, 0);
    appendAsSequence(result, over, overLocation, path, dropKnown ? result.size() : 0);
    return result;
  }

  private void appendAsSequence(List<Object> result, Object value, SourceLocation location, YamlPath path, int known) {
    if (value instanceof Map<?, ?> map) {
      appendItems(result, KeyValues.sorted(cast(map)), path, known);
    } else if (value instanceof List<?> list) {
      appendItems(result, cast(list), path, known);
    } else if (value instanceof String text) {
      List<Object> single = Nodes.newList(location != null, location);
      Nodes.add(single, text, location);
      appendItems(result, single, path, known);
    }
    // compose-go drops any other value here
  }

  /**
   * The earlier mapping without the keys the later one tags {@code !reset} or {@code !override},
   * as compose-go deletes them before turning the mapping into a sequence.
   */
  private static Object withoutTaggedKeys(Object base, Object over, boolean baseFromTree) {
    if (!baseFromTree || !(base instanceof Map<?, ?> baseMap) || !(over instanceof Map<?, ?> overMap)) {
      return base;
    }
    Map<String, Object> result = null;
    for (Map.Entry<?, ?> entry : overMap.entrySet()) {
      Object value = entry.getValue();
      if ((value instanceof Reset || Nodes.isOverride(value)) && baseMap.containsKey(entry.getKey())) {
        if (result == null) {
          result = Nodes.copyOf(cast(baseMap), null);
        }
        result.remove(entry.getKey());
      }
    }
    return result != null ? result : base;
  }

  /** {@code build}: a string is the context. */
  private static Map<String, Object> build(Object value, SourceLocation location, YamlPath path) {
    if (value instanceof Map<?, ?> map) {
      return cast(map);
    }
    Map<String, Object> result = Nodes.newMap(location != null, location);
    if (value instanceof String context) {
      Nodes.put(result, "context", context, location);
    } else if (value != null) {
      throw path.error(location, "build must be a string or a mapping, not a " + UniqueKey.typeName(value));
    }
    return result;
  }

  /**
   * {@code depends_on}, {@code networks}, {@code models}: a list of names is a mapping from each
   * name to null, or to the default dependency when {@code dependency} is set.
   */
  private static Map<String, Object> mapping(Object value, SourceLocation location, YamlPath path, boolean dependency) {
    if (value instanceof Map<?, ?> map) {
      return cast(map);
    }
    Map<String, Object> result = Nodes.newMap(location != null || Nodes.located(value),
        Nodes.either(Nodes.locationOf(value), location));
    if (value instanceof List<?> names) {
      List<Object> list = cast(names);
      for (int i = 0; i < list.size(); i++) {
        Object name = list.get(i);
        SourceLocation itemLocation = TreePath.locationOf(list, i);
        if (name instanceof String key) {
          Nodes.put(result, key, dependency ? defaultDependency(itemLocation) : null, itemLocation);
        } else if (!(name instanceof Reset)) {
          throw path.index(i).error(itemLocation, "unexpected type " + UniqueKey.typeName(name) + ", expected a name");
        }
      }
    } else if (value != null) {
      throw path.error(location, "must be a sequence or a mapping, not a " + UniqueKey.typeName(value));
    }
    return result;
  }

  private static Map<String, Object> defaultDependency(SourceLocation location) {
    Map<String, Object> dependency = Nodes.newMap(location != null, location);
    dependency.put("condition", "service_started");
    dependency.put("required", Boolean.TRUE);
    return dependency;
  }

  /** {@code logging}: options merge only when both sides name the same driver, or one names none. */
  private Object logging(Object base, Object over, SourceLocation overLocation, MergeRule rule, YamlPath path,
      boolean baseFromTree) {
    if (over == null) {
      return base;
    }
    if (base == null) {
      return finish(over, rule, path);
    }
    if (!(base instanceof Map<?, ?> baseMap) || !(over instanceof Map<?, ?> overMap)) {
      throw cannotOverride(base, over, overLocation, path);
    }
    Object overDriver = overMap.get("driver");
    boolean overHasDriver = overMap.containsKey("driver") && !(overDriver instanceof Reset);
    boolean baseHasDriver = baseMap.containsKey("driver") && !(baseFromTree && overDriver instanceof Reset);
    if (!overHasDriver || !baseHasDriver || Objects.equals(overDriver, baseMap.get("driver"))) {
      return mergeMaps(cast(baseMap), cast(overMap), rule, path, baseFromTree);
    }
    return finish(over, rule, path);
  }

  private static ComposeValidationException cannotOverride(Object base, Object over, SourceLocation location,
      YamlPath path) {
    return path.error(location, "cannot override a " + UniqueKey.typeName(base) + " with a "
        + UniqueKey.typeName(over));
  }
}
