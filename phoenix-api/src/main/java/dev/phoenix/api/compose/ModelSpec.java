package dev.phoenix.api.compose;

import java.util.List;
import java.util.Map;

/**
 * An AI model under the top-level {@code models}, run by Docker Model Runner.
 *
 * @param name a custom name for the model, or null
 * @param model the model to run ({@code ai/smollm2})
 * @param contextSize the context size in tokens, or null
 * @param runtimeFlags raw flags for the inference engine
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record ModelSpec(
    String name,
    String model,
    Integer contextSize,
    List<String> runtimeFlags,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Copies the collections. */
  public ModelSpec {
    Copies.requireNonNegative(contextSize, "context_size");
    runtimeFlags = Copies.list(runtimeFlags, "runtime_flags");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }
}
