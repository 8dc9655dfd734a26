/**
 * The raw Compose tree that flows between the loader's stages (parse, interpolate, merge, validate,
 * normalize): ordinary {@code Map<String, Object>} / {@code List<Object>} / scalar values, where the
 * maps and lists read from a file are {@link dev.phoenix.core.compose.internal.tree.YamlMap} and
 * {@link dev.phoenix.core.compose.internal.tree.YamlList} and so remember where they came from.
 *
 * <p>Scalars are {@code String}, {@code Long}, {@code Double}, {@code Boolean} or {@code null}, as
 * Docker Compose's YAML decoder types them. Every stage accepts plain {@link java.util.LinkedHashMap}
 * and {@link java.util.ArrayList} too (a tree built in code has no locations); locations are a
 * help for error messages, never needed for the meaning.
 */
package dev.phoenix.core.compose.internal.tree;
