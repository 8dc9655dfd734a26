package dev.phoenix.api.compose;

import java.util.Map;

/**
 * One entry of {@code generic_resources}: a user-defined resource a swarm node advertises.
 *
 * @param discreteResourceSpec the resource as a kind and an amount, or null
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record GenericResource(
    DiscreteResource discreteResourceSpec,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Copies the maps. */
  public GenericResource {
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** A discrete resource of {@code kind} ({@code gpu}, {@code ssd}...) and amount {@code value}. */
  public static GenericResource discrete(String kind, long value) {
    return new GenericResource(new DiscreteResource(kind, value, Map.of(), Map.of()), Map.of(), Map.of());
  }
}
