/**
 * The first stage of the Compose loader: a file's YAML text to raw trees
 * ({@link dev.phoenix.core.compose.internal.tree.YamlMap}), with scalars typed as Docker Compose's go-yaml
 * decoder types them, anchors and merge keys resolved, {@code !reset}/{@code !override} recorded,
 * and every value's position kept for error messages. {@link dev.phoenix.core.compose.internal.yaml.GoScalars}
 * renders such scalars back to text as Go does.
 */
package dev.phoenix.core.compose.internal.yaml;
