package dev.phoenix.api.compose;

import java.util.Map;

/**
 * A countable generic resource ({@code discrete_resource_spec}).
 *
 * @param kind the kind of resource ({@code gpu}, {@code ssd}...)
 * @param value how many
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record DiscreteResource(
    String kind,
    long value,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Copies the maps. */
  public DiscreteResource {
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }
}
