package dev.phoenix.core.engine.internal.image;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * A build context as the engine receives it: the context directory as a tar in a temporary
 * file, without what {@code .dockerignore} leaves out. The Dockerfile and {@code .dockerignore}
 * are always sent, as the docker CLI does; a Dockerfile outside the context, or an inline one, is
 * added under {@link #GENERATED_DOCKERFILE}.
 */
final class BuildContext implements AutoCloseable {
  /** The name an inline Dockerfile, or one outside the context, gets inside the context. */
  static final String GENERATED_DOCKERFILE = ".phoenix.Dockerfile";

  private static final String IGNORE_FILE = ".dockerignore";

  private final Path tar;
  private final String dockerfile;

  private BuildContext(Path tar, String dockerfile) {
    this.tar = tar;
    this.dockerfile = dockerfile;
  }

  /**
   * Writes the context of {@code directory}.
   *
   * @param directory the context directory
   * @param dockerfile the Dockerfile's path relative to the context (or absolute), or null for
   *     {@code Dockerfile}
   * @param inline the Dockerfile's content, or null to read it from the context
   * @throws IOException when the directory or the Dockerfile cannot be read
   */
  static BuildContext write(Path directory, String dockerfile, String inline) throws IOException {
    if (!Files.isDirectory(directory)) {
      throw new IOException("the build context " + directory + " is not a directory");
    }
    Path ignoreFile = directory.resolve(IGNORE_FILE);
    DockerIgnore ignore = Files.isRegularFile(ignoreFile)
        ? DockerIgnore.parse(Files.readString(ignoreFile, UTF_8))
        : DockerIgnore.none();
    String name;
    byte[] extra = null;
    if (inline != null) {
      name = GENERATED_DOCKERFILE;
      extra = inline.getBytes(UTF_8);
    } else {
      Path file = directory.resolve(dockerfile == null ? "Dockerfile" : dockerfile).normalize();
      if (!Files.isRegularFile(file)) {
        throw new IOException("the Dockerfile " + file + " does not exist");
      }
      if (file.startsWith(directory.normalize())) {
        name = relative(directory.normalize(), file);
      } else {
        name = GENERATED_DOCKERFILE;
        extra = Files.readAllBytes(file);
      }
    }
    Path tar = Files.createTempFile("phoenix-build-context-", ".tar");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tar));
        TarWriter writer = new TarWriter(out)) {
      Files.walkFileTree(directory, new Collector(directory, ignore, Set.of(name, IGNORE_FILE), writer));
      if (extra != null) {
        writer.file(name, 0644, System.currentTimeMillis() / 1000, extra);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tar);
      throw e;
    }
    return new BuildContext(tar, name);
  }

  /** The archive's content; the caller closes the stream. */
  InputStream open() throws IOException {
    return Files.newInputStream(tar);
  }

  /** The Dockerfile's path inside the archive. */
  String dockerfile() {
    return dockerfile;
  }

  /** Deletes the temporary archive. */
  @Override
  public void close() throws IOException {
    Files.deleteIfExists(tar);
  }

  private static String relative(Path root, Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  /** Adds what is not ignored, in the walk's order, to the archive. */
  private static final class Collector extends SimpleFileVisitor<Path> {
    private final Path root;
    private final DockerIgnore ignore;
    private final Set<String> alwaysSent;
    private final TarWriter writer;

    Collector(Path root, DockerIgnore ignore, Set<String> alwaysSent, TarWriter writer) {
      this.root = root;
      this.ignore = ignore;
      this.alwaysSent = alwaysSent;
      this.writer = writer;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
      if (dir.equals(root)) {
        return FileVisitResult.CONTINUE;
      }
      String name = relative(root, dir);
      if (ignore.excludes(name)) {
        // A "!" rule may take back something below; without one the whole tree stays out.
        return ignore.hasReinclusions() ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
      }
      writer.directory(name, mode(dir, 0755), seconds(attributes));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
      String name = relative(root, file);
      if (ignore.excludes(name) && !alwaysSent.contains(name)) {
        return FileVisitResult.CONTINUE;
      }
      if (attributes.isSymbolicLink()) {
        writer.symlink(name, Files.readSymbolicLink(file).toString(), seconds(attributes));
      } else if (attributes.isRegularFile()) {
        try (InputStream in = Files.newInputStream(file)) {
          writer.file(name, mode(file, 0644), seconds(attributes), attributes.size(), in);
        }
      }
      // Sockets, pipes and devices have no place in a build context; the CLI skips them too.
      return FileVisitResult.CONTINUE;
    }

    private static long seconds(BasicFileAttributes attributes) {
      return attributes.lastModifiedTime().toMillis() / 1000;
    }

    private static int mode(Path path, int fallback) throws IOException {
      PosixFileAttributeView view =
          Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
      if (view == null) {
        return fallback;
      }
      int mode = 0;
      for (PosixFilePermission permission : view.readAttributes().permissions()) {
        mode |= 1 << (8 - permission.ordinal());
      }
      return mode;
    }
  }
}
