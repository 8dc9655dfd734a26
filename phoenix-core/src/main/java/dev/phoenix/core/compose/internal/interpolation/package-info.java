/**
 * Compose interpolation: {@link dev.phoenix.core.compose.internal.interpolation.Template} substitutes
 * {@code ${VAR...}} in one string, {@link dev.phoenix.core.compose.internal.interpolation.Interpolator}
 * applies it to every value of a file's raw tree and casts strings at typed paths, as compose-go
 * does before the files are merged.
 */
package dev.phoenix.core.compose.internal.interpolation;
