package dev.phoenix.core.engine.internal.plan;

import dev.phoenix.api.compose.VolumeSpec;
import dev.phoenix.api.deploy.Action;
import dev.phoenix.core.engine.internal.observe.ObservedVolume;

/**
 * What happens to one volume of the project. A volume whose definition changed is kept, with a
 * warning, and never recreated: its data would be lost.
 *
 * @param action create or keep
 * @param key the key in the Compose file
 * @param name the engine name
 * @param spec its definition
 * @param configHash Phoenix's hash of the definition
 * @param existing the volume there now, or null
 */
public record VolumeStep(
    Action action, String key, String name, VolumeSpec spec, String configHash, ObservedVolume existing) {
}
