package dev.phoenix.api.compose;

import java.util.Map;

/**
 * How a service uses one of the project's AI {@code models} (an entry of the service's
 * {@code models} mapping). A service using a model without options maps its key to null instead.
 *
 * @param endpointVar the environment variable that receives the model's endpoint, or null
 * @param modelVar the environment variable that receives the model's name, or null
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record ServiceModelRef(
    String endpointVar,
    String modelVar,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Copies the maps. */
  public ServiceModelRef {
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }
}
