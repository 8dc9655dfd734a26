package dev.phoenix.core.compose.internal.tree;

import dev.phoenix.api.SourceLocation;
import java.util.ArrayList;
import java.util.Collection;

/**
 * A sequence read from a file, aware of its own position and, as long as it has not been
 * rearranged, of the position of each item. {@code override} records a {@code !override} tag.
 */
public final class YamlList extends ArrayList<Object> {
  private static final long serialVersionUID = 1L;

  private SourceLocation location;
  private ArrayList<SourceLocation> itemLocations;
  private boolean override;

  public YamlList() {
  }

  public YamlList(Collection<?> items) {
    super(items);
  }

  public YamlList(SourceLocation location) {
    this.location = location;
  }

  public SourceLocation location() {
    return location;
  }

  public YamlList location(SourceLocation location) {
    this.location = location;
    return this;
  }

  /** Adds an item and remembers where it was read. */
  public void add(Object item, SourceLocation itemLocation) {
    if (itemLocations == null) {
      itemLocations = new ArrayList<>();
    }
    while (itemLocations.size() < size()) {
      itemLocations.add(null);
    }
    itemLocations.add(itemLocation);
    add(item);
  }

  /**
   * Where item {@code index} was read, else where the list starts. Positions are kept by index,
   * so after a list is rearranged they are only a hint.
   */
  public SourceLocation locationOf(int index) {
    if (itemLocations != null && index >= 0 && index < itemLocations.size()) {
      SourceLocation result = itemLocations.get(index);
      if (result != null) {
        return result;
      }
    }
    return location;
  }

  public boolean isOverride() {
    return override;
  }

  public YamlList override(boolean override) {
    this.override = override;
    return this;
  }
}
