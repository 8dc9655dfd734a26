/**
 * Offline lint of Compose stacks: {@link dev.phoenix.core.lint.Linter} and its findings.
 *
 * <p>Rules: {@code unresolved-variable}, {@code dollar-escape}, {@code relative-bind-mount},
 * {@code duplicate-host-port}, {@code duplicate-traefik-router}, {@code container-name-replicas},
 * {@code swarm-ignored-key}, and {@code load-error} for a stack that does not load. Included and
 * extended files are checked at their own positions; host ports and Traefik routers count only
 * for the services the active profiles enable.
 */
package dev.phoenix.core.lint;
