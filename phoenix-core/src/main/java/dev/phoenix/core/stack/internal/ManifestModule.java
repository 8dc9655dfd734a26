package dev.phoenix.core.stack.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.phoenix.api.deploy.PullPolicy;
import dev.phoenix.api.stack.Hardening;
import dev.phoenix.api.stack.SecretRef;
import dev.phoenix.api.stack.UpdatePolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The manifest's values that are not plain JSON: secret references, policies and durations
 * written as strings, and {@code hardening}, which is {@code true}, {@code false} or an object.
 */
final class ManifestModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  static final Set<String> PULL_POLICIES = Set.of("always", "missing", "never", "build");

  ManifestModule() {
    super("phoenix-manifest");
    addDeserializer(SecretRef.class, new FromString<>(SecretRef.class,
        "a secret reference such as env:NAME or file:/path", SecretRef::parse));
    addDeserializer(UpdatePolicy.class, new FromString<>(UpdatePolicy.class, "exclude or include", UpdatePolicy::fromValue));
    addDeserializer(PullPolicy.class, new FromString<>(PullPolicy.class, "always, missing, never or build", value -> {
      if (!PULL_POLICIES.contains(value)) {
        throw new IllegalArgumentException("unknown pull policy \"" + value + "\" (expected always, missing, never or build)");
      }
      return PullPolicy.fromValue(value);
    }));
    addDeserializer(Duration.class, new FromString<>(Duration.class, "a duration such as 10s or 1m30s", GoDurations::parse));
    addDeserializer(Hardening.class, new HardeningDeserializer());
  }

  /** A problem found while binding one value, with the message a person should read. */
  static final class Mismatch extends JsonMappingException {
    private static final long serialVersionUID = 1L;
    private final String detail;

    Mismatch(JsonParser parser, String detail, Throwable cause) {
      super(parser, detail, cause);
      this.detail = detail;
    }

    String detail() {
      return detail;
    }
  }

  /** A value written as one JSON string and checked by the record's own parser. */
  private static final class FromString<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final String expected;
    private final transient Function<String, T> parse;

    FromString(Class<T> type, String expected, Function<String, T> parse) {
      super(type);
      this.expected = expected;
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw new Mismatch(parser, "expected " + expected + ", got " + ManifestBinder.describe(parser.currentToken()), null);
      }
      try {
        return parse.apply(parser.getText());
      } catch (IllegalArgumentException e) {
        throw new Mismatch(parser, e.getMessage(), e);
      }
    }
  }

  /** What a hardening object may say; a missing key keeps the preset's value. */
  record HardeningFields(Boolean noNewPrivileges, List<String> keepCapabilities, Boolean readOnly,
      List<String> tmpfs, String user) {
  }

  private static final class HardeningDeserializer extends StdDeserializer<Hardening> {
    private static final long serialVersionUID = 1L;

    HardeningDeserializer() {
      super(Hardening.class);
    }

    @Override
    public Hardening deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_TRUE) {
        return Hardening.preset();
      }
      if (token == JsonToken.VALUE_FALSE) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw new Mismatch(parser, "expected true, false or an object, got " + ManifestBinder.describe(token), null);
      }
      HardeningFields fields = context.readValue(parser, HardeningFields.class);
      Hardening preset = Hardening.preset();
      try {
        return new Hardening(
            fields.noNewPrivileges() != null ? fields.noNewPrivileges() : preset.noNewPrivileges(),
            fields.keepCapabilities() != null ? fields.keepCapabilities() : preset.keepCapabilities(),
            fields.readOnly() != null ? fields.readOnly() : preset.readOnly(),
            fields.tmpfs() != null ? fields.tmpfs() : preset.tmpfs(),
            fields.user());
      } catch (IllegalArgumentException e) {
        throw new Mismatch(parser, e.getMessage(), e);
      }
    }
  }
}
