package dev.phoenix.core.stack;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.stack.ManifestException;
import dev.phoenix.api.stack.StackManifest;
import dev.phoenix.core.stack.internal.ManifestBinder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads stack manifests ({@code phoenix.json}, described in {@code docs/stack-manifest.md}).
 * Reading is strict: an unknown key (with a hint when it is close to a known one), a value of the
 * wrong type or out of range, and invalid JSON are each a {@link ManifestException} naming the
 * file, the line and column, and the JSON path.
 *
 * <pre>{@code
 * StackManifest manifest = StackManifests.read(Path.of("stacks/shop/phoenix.json"));
 * manifest.service("web").traefik().host();   // "shop.example.com"
 * }</pre>
 *
 * <p>The format's JSON Schema (draft 2020-12) is the class-path resource {@link #SCHEMA_RESOURCE},
 * for editors and other tools; this reader accepts exactly what the schema accepts.
 */
public final class StackManifests {
  /** The conventional file name of a stack's manifest, beside its compose file. */
  public static final String FILE_NAME = "phoenix.json";
  /** The class-path resource holding the manifest's JSON Schema. */
  public static final String SCHEMA_RESOURCE = "dev/phoenix/core/stack/phoenix-manifest.schema.json";

  private StackManifests() {
  }

  /**
   * Reads the manifest at {@code file} (UTF-8), named in errors as given.
   *
   * @throws ManifestException when the file cannot be read or is not a valid manifest
   */
  public static StackManifest read(Path file) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw new ManifestException(SourceLocation.ofFile(file.toString()), null, "not UTF-8 text", e);
    } catch (IOException e) {
      throw new ManifestException(SourceLocation.ofFile(file.toString()), null,
          "cannot read the manifest: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
    return parse(file.toString(), text);
  }

  /**
   * Reads the manifest given as text, naming it {@code fileName} in errors.
   *
   * @throws ManifestException when {@code json} is not a valid manifest
   */
  public static StackManifest parse(String fileName, String json) {
    return ManifestBinder.bind(fileName, json);
  }
}
