package dev.phoenix.portainer.internal;

import java.util.Objects;

/**
 * How requests authenticate: an API key ({@code X-API-Key}, preferred: it survives server restarts
 * and never expires) or a username and password exchanged for a JWT. Never both. {@link #toString()}
 * shows no secret.
 */
public sealed interface Credentials {

  /** An access token ({@code ptr_...}) sent as {@code X-API-Key}. */
  record ApiKey(String key) implements Credentials {
    /** Checks that the key is not blank. */
    public ApiKey {
      if (Objects.requireNonNull(key, "apiKey").isBlank()) {
        throw new IllegalArgumentException("the API key is blank");
      }
    }

    @Override
    public String toString() {
      return "ApiKey[***]";
    }
  }

  /** A username and password for {@code POST /api/auth}. */
  record Login(String username, String password) implements Credentials {
    /** Checks the parts. */
    public Login {
      if (Objects.requireNonNull(username, "username").isBlank()) {
        throw new IllegalArgumentException("the username is blank");
      }
      Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
      return "Login[" + username + ", password=***]";
    }
  }
}
