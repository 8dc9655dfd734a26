/**
 * The last stage of the Compose loader: {@link dev.phoenix.core.compose.internal.model.ProjectBinder} turns
 * the canonical tree (the normalized project as maps, lists and scalars) into the typed, immutable
 * {@link dev.phoenix.api.compose.ComposeProject}, reporting any value of the wrong shape with its
 * position and YAML path.
 */
package dev.phoenix.core.compose.internal.model;
