package dev.phoenix.core.engine.internal.plan;

import dev.phoenix.api.compose.NetworkSpec;
import dev.phoenix.api.deploy.Action;
import dev.phoenix.core.engine.internal.observe.ObservedNetwork;

/**
 * What happens to one network of the project.
 *
 * @param action create, recreate or keep (external networks are always keep)
 * @param key the key in the Compose file
 * @param name the engine name
 * @param spec its definition
 * @param configHash Phoenix's hash of the definition
 * @param existing the network there now, or null
 */
public record NetworkStep(
    Action action, String key, String name, NetworkSpec spec, String configHash, ObservedNetwork existing) {
}
