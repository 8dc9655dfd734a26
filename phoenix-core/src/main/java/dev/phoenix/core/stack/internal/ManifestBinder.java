package dev.phoenix.core.stack.internal;

import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.stack.ManifestException;
import dev.phoenix.api.stack.StackManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds manifest JSON to {@link StackManifest}, strictly: unknown keys, duplicate keys, nulls and
 * values of the wrong JSON type are errors, and no value is coerced (no {@code "8080"} for a port).
 * Every error becomes a {@link ManifestException} with the file, the position, the JSON path and
 * what was expected.
 */
public final class ManifestBinder {
  private static final Pattern KEYED_DETAIL = Pattern.compile("([A-Za-z]+): (.*)", Pattern.DOTALL);
  private static final ObjectReader READER = reader();

  private ManifestBinder() {
  }

  /** The manifest {@code json}, named {@code fileName} in errors. */
  public static StackManifest bind(String fileName, String json) {
    if (json.isBlank()) {
      throw new ManifestException(SourceLocation.ofFile(fileName), "$",
          "the file is empty: write {} for a manifest that changes nothing");
    }
    StackManifest manifest;
    try {
      rejectNulls(fileName, json);
      manifest = READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw translate(fileName, json, e);
    }
    if (manifest == null) {
      throw new ManifestException(new SourceLocation(fileName, 1, 1), "$", "expected an object, got null");
    }
    return manifest;
  }

  /**
   * A JSON {@code null} is never a manifest value (leave the key out instead). Rejected on the
   * token stream, because the binder cannot tell an explicit null from a missing key.
   */
  private static void rejectNulls(String fileName, String json) throws JsonProcessingException {
    try (JsonParser parser = READER.createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_NULL) {
          throw new ManifestException(location(fileName, parser.currentTokenLocation()), pathOf(parser),
              "null is not allowed: leave the key out to keep the default");
        }
      }
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectReader reader() {
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new ManifestModule())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .visibility(PropertyAccessor.GETTER, Visibility.NONE)
        .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
        .build();
    for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    return mapper.readerFor(StackManifest.class);
  }

  private static ManifestException translate(String fileName, String json, JsonProcessingException e) {
    if (e instanceof StreamReadException read && !(e instanceof JsonMappingException)) {
      return new ManifestException(location(fileName, e.getLocation()), syntaxPath(read),
          "invalid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
    }
    JsonMappingException mapping = (JsonMappingException) e;
    List<Object> path = pathOf(mapping);
    if (e instanceof UnrecognizedPropertyException unknown) {
      return new ManifestException(location(fileName, e.getLocation()), JsonPaths.format(path),
          unknownKey(unknown.getPropertyName(), unknown.getKnownPropertyIds()), e);
    }
    String detail;
    if (e instanceof ManifestModule.Mismatch mismatch) {
      detail = mismatch.detail();
    } else if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException cause) {
      detail = cause.getMessage();
    } else if (e.getOriginalMessage().startsWith("Trailing token")) {
      return new ManifestException(location(fileName, e.getLocation()), "$",
          "invalid JSON: trailing content after the manifest's closing }", e);
    } else if (e instanceof MismatchedInputException mismatched) {
      JsonPaths.Found found = JsonPaths.find(json, path);
      detail = "expected " + describe(mismatched.getTargetType()) + ", got "
          + (found == null ? "something else" : describe(found.token()));
    } else {
      detail = e.getOriginalMessage();
    }
    // A record names the key at fault first ("port: must be..."): point at that key's value.
    Matcher keyed = KEYED_DETAIL.matcher(detail);
    if (keyed.matches()) {
      List<Object> longer = new ArrayList<>(path);
      longer.add(keyed.group(1));
      if (JsonPaths.find(json, longer) != null) {
        path = longer;
        detail = keyed.group(2);
      }
    }
    JsonPaths.Found found = JsonPaths.find(json, path);
    JsonLocation where = found != null ? found.location() : e.getLocation();
    return new ManifestException(location(fileName, where), JsonPaths.format(path), detail, e);
  }

  private static String unknownKey(String key, Collection<Object> known) {
    TreeSet<String> names = new TreeSet<>();
    known.forEach(name -> names.add(String.valueOf(name)));
    String closest = NearMiss.closest(key, names);
    String hint = closest != null ? "; did you mean \"" + closest + "\"?" : "";
    return "unknown key \"" + key + "\"" + hint + " (expected one of: " + String.join(", ", names) + ")";
  }

  private static List<Object> pathOf(JsonMappingException e) {
    List<Object> path = new ArrayList<>();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.add(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.add(reference.getIndex());
      }
    }
    return path;
  }

  private static String syntaxPath(StreamReadException e) {
    return e.getProcessor() == null ? "$" : pathOf(e.getProcessor());
  }

  /** The path of the parser's current value, from its parsing context. */
  private static String pathOf(JsonParser parser) {
    List<Object> path = new ArrayList<>();
    for (var context = parser.getParsingContext(); context != null && !context.inRoot(); context = context.getParent()) {
      if (context.inObject() && context.getCurrentName() != null) {
        path.add(0, context.getCurrentName());
      } else if (context.inArray()) {
        path.add(0, Math.max(0, context.getCurrentIndex()));
      }
    }
    return JsonPaths.format(path);
  }

  private static SourceLocation location(String fileName, JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return SourceLocation.ofFile(fileName);
    }
    return new SourceLocation(fileName, location.getLineNr(), Math.max(0, location.getColumnNr()));
  }

  /** What a JSON value of {@code type} is called in an error. */
  static String describe(Class<?> raw) {
    if (raw == null) {
      return "another type";
    }
    if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
      return "an integer";
    }
    if (raw == Double.class || raw == double.class) {
      return "a number";
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return "true or false";
    }
    if (raw == String.class) {
      return "a string";
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return "an array";
    }
    return Map.class.isAssignableFrom(raw) || raw.isRecord() ? "an object" : "a " + raw.getSimpleName();
  }

  /** What a JSON token is called in an error. */
  static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
      case START_ARRAY, END_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "a value";
    };
  }
}
