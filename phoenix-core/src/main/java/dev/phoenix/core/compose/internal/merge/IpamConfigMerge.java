package dev.phoenix.core.compose.internal.merge;

import static dev.phoenix.core.compose.internal.merge.ResetStripper.cast;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.core.compose.internal.tree.Reset;
import dev.phoenix.core.compose.internal.tree.TreePath;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code networks.*.ipam.config}: pools merge by {@code subnet}, step for step as compose-go's
 * {@code mergeIPAMConfig} does. Its loop merges each earlier pool, in place, with every later pool
 * of the same subnet, and adds the later pools of other subnets once. Quirks included: earlier
 * pools no later pool matches are dropped, and an earlier pool can take a later pool's subnet when
 * that subnet is already in the result. The in-place updates are replayed on private copies so
 * the inputs stay untouched.
 */
final class IpamConfigMerge {
  private IpamConfigMerge() {
  }

  static Object merge(TreeMerger merger, Object base, Object over, SourceLocation overLocation, YamlPath path) {
    if (!(base instanceof List<?> baseItems) || !(over instanceof List<?> overItems)) {
      throw path.error(overLocation, "both files must give a sequence of IPAM pools");
    }
    List<Object> earlier = cast(baseItems);
    List<Map<String, Object>> later = laterPools(merger, cast(overItems), path);
    List<Map<String, Object>> pools = new ArrayList<>();
    for (int i = 0; i < earlier.size(); i++) {
      Map<String, Object> right = Nodes.copyOf(pool(earlier, i, path), null);
      for (Map<String, Object> left : later) {
        Object subnet = left.get("subnet");
        if (!Objects.equals(subnet, right.get("subnet")) && indexOfSubnet(pools, subnet) < 0) {
          pools.add(left);
          continue;
        }
        Map<String, Object> merged = merger.mergeMaps(right, left, MergeRule.EMPTY, path, false);
        right.clear();
        right.putAll(merged);
        if (right instanceof YamlMap rightMap && merged instanceof YamlMap mergedMap) {
          rightMap.copyLocationsFrom(mergedMap);
        }
        int existing = indexOfSubnet(pools, right.get("subnet"));
        if (existing >= 0) {
          pools.set(existing, right);
        } else {
          pools.add(right);
        }
      }
    }
    List<Object> result = Nodes.newList(Nodes.located(base), Nodes.locationOf(base));
    for (Map<String, Object> pool : pools) {
      Nodes.add(result, pool, Nodes.locationOf(pool));
    }
    return result;
  }

  private static List<Map<String, Object>> laterPools(TreeMerger merger, List<Object> items, YamlPath path) {
    List<Map<String, Object>> pools = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof Reset)) {
        pools.add(cast((Map<?, ?>) merger.finish(pool(items, i, path), MergeRule.EMPTY, path.index(i))));
      }
    }
    return pools;
  }

  private static Map<String, Object> pool(List<Object> items, int index, YamlPath path) {
    if (items.get(index) instanceof Map<?, ?> map) {
      return cast(map);
    }
    throw path.index(index).error(TreePath.locationOf(items, index),
        "an IPAM pool must be a mapping, not a " + UniqueKey.typeName(items.get(index)));
  }

  private static int indexOfSubnet(List<Map<String, Object>> pools, Object subnet) {
    for (int i = 0; i < pools.size(); i++) {
      if (Objects.equals(pools.get(i).get("subnet"), subnet)) {
        return i;
      }
    }
    return -1;
  }
}
