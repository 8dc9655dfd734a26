package dev.phoenix.core.tls.context;

import dev.phoenix.api.endpoint.EndpointResolutionException;
import dev.phoenix.core.tls.internal.SecureFiles;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * File operations of the context store, with the modes the docker CLI gives its files: files are
 * written with {@link SecureFiles}, {@link SecureFiles#PUBLIC} in {@code contexts/meta} and
 * {@link SecureFiles#PRIVATE} for key material and a new {@code config.json}.
 */
final class StoreFiles {
  /** The mode of the public part of the store: {@code contexts/meta}. */
  static final Set<PosixFilePermission> PUBLIC_DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");
  /** The mode of key material: {@code contexts/tls}. */
  static final Set<PosixFilePermission> PRIVATE_DIRECTORY = PosixFilePermissions.fromString("rwx------");

  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private StoreFiles() {
  }

  /** Creates {@code directory} and its missing parents with {@code mode}. */
  static void createDirectories(Path directory, Set<PosixFilePermission> mode) throws IOException {
    if (Files.isDirectory(directory)) {
      return;
    }
    Path parent = directory.getParent();
    if (parent != null) {
      createDirectories(parent, mode);
    }
    Files.createDirectory(directory);
    setMode(directory, mode);
  }

  /** Copies one TLS file into the store, readable by its owner only. */
  static void copyPrivate(String context, Path source, Path target) {
    if (!Files.isRegularFile(source)) {
      throw new EndpointResolutionException(
          "cannot create context \"" + context + "\": TLS file " + source + " does not exist or is not a file", List.of());
    }
    try {
      SecureFiles.writeAtomically(target, Files.readAllBytes(source), SecureFiles.PRIVATE);
    } catch (IOException e) {
      throw new EndpointResolutionException(
          "cannot create context \"" + context + "\": copying " + source + " to " + target + " failed: " + e.getMessage(),
          List.of());
    }
  }

  /** Deletes {@code directory} and everything under it, if it exists. */
  static void deleteTree(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static void setMode(Path path, Set<PosixFilePermission> mode) throws IOException {
    if (POSIX) {
      Files.setPosixFilePermissions(path, mode);
    }
  }
}
