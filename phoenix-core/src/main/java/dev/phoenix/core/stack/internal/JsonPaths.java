package dev.phoenix.core.stack.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/** JSON paths as people read them ({@code $.services.web.ports[0]}), and where a path's value sits in the text. */
final class JsonPaths {
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonPaths() {
  }

  /** The path of keys ({@code String}) and indexes ({@code Integer}), written from {@code $}. */
  static String format(List<Object> path) {
    StringBuilder result = new StringBuilder("$");
    for (Object element : path) {
      if (element instanceof Integer index) {
        result.append('[').append(index).append(']');
      } else if (PLAIN_KEY.matcher(String.valueOf(element)).matches()) {
        result.append('.').append(element);
      } else {
        result.append("['").append(String.valueOf(element).replace("'", "\\'")).append("']");
      }
    }
    return result.toString();
  }

  /** Where the value at {@code path} starts in {@code json}, or null when it cannot be found. */
  static Found find(String json, List<Object> path) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() == null) {
        return null;
      }
      for (Object element : path) {
        if (!descend(parser, element)) {
          return null;
        }
      }
      return new Found(parser.currentTokenLocation(), parser.currentToken());
    } catch (IOException e) {
      return null;
    }
  }

  /** A value's position and its first token. */
  record Found(JsonLocation location, JsonToken token) {
  }

  /** Moves from the current container start to the start of its member {@code element}. */
  private static boolean descend(JsonParser parser, Object element) throws IOException {
    if (parser.currentToken() == JsonToken.START_OBJECT && element instanceof String key) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (name.equals(key)) {
          return true;
        }
        parser.skipChildren();
      }
      return false;
    }
    if (parser.currentToken() == JsonToken.START_ARRAY && element instanceof Integer index) {
      int i = 0;
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null; token = parser.nextToken()) {
        if (i++ == index) {
          return true;
        }
        parser.skipChildren();
      }
    }
    return false;
  }
}
