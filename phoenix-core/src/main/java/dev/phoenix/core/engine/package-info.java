/**
 * The Docker engine as a deployment target: Compose stacks converged natively through the Engine
 * API, with no compose binary.
 *
 * <p>{@link dev.phoenix.core.engine.DockerEngineTarget} is the public face; it is also what
 * {@code DeploymentTarget.docker()} finds through {@link dev.phoenix.core.engine.DockerTargetProvider}.
 * The work is split into one internal package per stage of a deployment:
 * {@code connect} (the client and the API version agreed with the engine), {@code observe} (what
 * runs, in four list calls), {@code hash} (the documented configuration hash, see
 * {@code docs/config-hash.md}), {@code plan} (the dependency graph and the pure planner),
 * {@code image} (pull and build by pull policy; an image's registry digest, for pinning),
 * {@code container} (a service mapped to a
 * container), {@code health} (waiting for healthy, running or completed containers), {@code apply}
 * (the order of the steps, in parallel where the graph allows) and {@code status} ({@code ps},
 * {@code ls} and {@code down} from labels alone).
 */
package dev.phoenix.core.engine;
