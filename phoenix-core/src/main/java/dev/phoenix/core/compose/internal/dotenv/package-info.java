/**
 * The {@code .env} and {@code env_file} readers: {@link dev.phoenix.core.compose.internal.dotenv.DotEnv}
 * reads Compose's own syntax (quotes, escapes, interpolation) and the {@code format: raw} syntax
 * of {@code docker run --env-file}.
 */
package dev.phoenix.core.compose.internal.dotenv;
