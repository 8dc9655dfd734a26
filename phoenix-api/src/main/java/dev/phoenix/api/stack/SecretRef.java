package dev.phoenix.api.stack;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a secret's value comes from, never the value itself: {@code env:SHOP_DB_PASSWORD} (a
 * variable of the deploying process) or {@code file:/run/keys/db} (a file on the deploying
 * machine); other schemes name resolvers plugged in by the application. The value is looked up
 * only when a stack is applied.
 *
 * <pre>{@code
 * SecretRef ref = SecretRef.parse("env:SHOP_DB_PASSWORD");
 * ref.scheme();   // "env"
 * ref.value();    // "SHOP_DB_PASSWORD"
 * }</pre>
 *
 * @param scheme the resolver: lowercase letters, digits, {@code +}, {@code .} and {@code -},
 *     starting with a letter
 * @param value what the resolver looks up: a variable name for {@code env}, an absolute path for
 *     {@code file}, anything non-empty for other schemes
 */
public record SecretRef(String scheme, String value) {
  private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*");

  /** Checks the scheme's syntax and the value's form for the built-in schemes. */
  public SecretRef {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(value, "value");
    if (!SCHEME.matcher(scheme).matches()) {
      throw new IllegalArgumentException("secret reference scheme \"" + scheme
          + "\" is not valid: expected lowercase letters, digits, '+', '.' or '-', starting with a letter"
          + " (for example env:NAME or file:/path)");
    }
    if (value.isEmpty()) {
      throw new IllegalArgumentException("secret reference " + scheme + ": has no value after the scheme");
    }
    if (scheme.equals("env") && !ManifestValues.ENV_NAME.matcher(value).matches()) {
      throw new IllegalArgumentException("secret reference env:" + value + " does not name a variable"
          + " (letters, digits and '_', not starting with a digit)");
    }
    if (scheme.equals("file") && !value.startsWith("/")) {
      throw new IllegalArgumentException("secret reference file:" + value + " must name an absolute path");
    }
  }

  /**
   * The reference written as {@code scheme:value}.
   *
   * @throws IllegalArgumentException when {@code text} has no scheme or an invalid one
   */
  public static SecretRef parse(String text) {
    Objects.requireNonNull(text, "text");
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("secret reference \"" + text
          + "\" has no scheme: write env:NAME, file:/path or another scheme:value");
    }
    return new SecretRef(text.substring(0, colon), text.substring(colon + 1));
  }

  /** A reference to the deploying process's variable {@code name}. */
  public static SecretRef env(String name) {
    return new SecretRef("env", name);
  }

  /** A reference to the file at {@code path} on the deploying machine. */
  public static SecretRef file(String path) {
    return new SecretRef("file", path);
  }

  /** The reference as written in a manifest: {@code scheme:value} (never a secret value). */
  @Override
  public String toString() {
    return scheme + ":" + value;
  }
}
