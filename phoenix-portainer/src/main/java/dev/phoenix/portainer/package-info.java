/**
 * A client of the Portainer CE HTTP API: {@link dev.phoenix.portainer.PortainerClient} (built with
 * a URL and an API key or a login), its {@link dev.phoenix.portainer.PortainerEnvironments} and
 * {@link dev.phoenix.portainer.PortainerStacks}, the records they return, and
 * {@link dev.phoenix.portainer.PortainerStacks#createOrUpdate idempotent stack sync}.
 *
 * <pre>{@code
 * try (PortainerClient portainer = PortainerClient.builder()
 *         .url("https://portainer.example.com:9443")
 *         .apiKey(apiKey)
 *         .build()) {
 *   Environment prod = portainer.environments().byName("prod").orElseThrow();
 *   StackSyncResult result = portainer.stacks().createOrUpdate(prod.id(), "shop", composeText,
 *       StackEnv.of(Map.of("TAG", "1.4")));
 *   if (result.outcome() != SyncOutcome.UNCHANGED) {
 *     portainer.stacks().containers(result.stack());   // the containers' real state
 *   }
 * }
 * }</pre>
 *
 * <p>Errors: a {@link dev.phoenix.portainer.PortainerApiException} for an error status (status,
 * route, Portainer's message and details, a body excerpt), a
 * {@link dev.phoenix.portainer.StackConflictException} for a name that is taken, and a
 * {@link dev.phoenix.api.deploy.EngineUnreachableException} when Portainer does not answer. The
 * facts the client follows are in {@code shared/portainer/CONTRACT.md}.
 */
package dev.phoenix.portainer;
