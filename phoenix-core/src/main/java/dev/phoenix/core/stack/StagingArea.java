package dev.phoenix.core.stack;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.phoenix.api.compose.ServiceMount;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.core.stack.internal.AtomicFiles;
import dev.phoenix.core.stack.internal.PosixReadCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A staging directory on a shared volume (an NFS share, a bind-mounted directory) where rendered
 * stacks are written for a daemon or agent that sees the directory at another path.
 *
 * <pre>{@code
 * StagingArea staging = StagingArea.open(new PathMapping(Path.of("/mnt/nfs/stacks"), Path.of("/srv/stacks")));
 * StagedStack staged = staging.stage(rendered);        // /mnt/nfs/stacks/shop/compose.yaml
 * staging.requireReadable(staged, ReaderIdentity.of(1000, 1000));
 * deploy(staged.readerComposeFile());                  // /srv/stacks/shop/compose.yaml
 * }</pre>
 *
 * <p>Each stack goes to {@code <writerRoot>/<stack>/compose.yaml}, with the stack's {@code .env}
 * beside it when it has one; every file is written atomically (a temporary file in the same
 * directory, forced to disk, renamed over the old one), so a reader never sees a partial file and
 * a crash leaves the previous version. Files are made {@code rw-r--r--} and directories
 * {@code rwxr-xr-x}, as the reader is often another user. Thread-safe for different stacks.
 */
public final class StagingArea {
  /** The staged compose file's name. */
  public static final String COMPOSE_FILE = "compose.yaml";
  /** The stack's environment file, staged beside the compose file when the stack has one. */
  public static final String ENV_FILE = ".env";

  private static final Logger LOG = LoggerFactory.getLogger(StagingArea.class);
  private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-r--r--");
  private static final Set<PosixFilePermission> DIR_MODE = PosixFilePermissions.fromString("rwxr-xr-x");

  private final PathMapping mapping;

  private StagingArea(PathMapping mapping) {
    this.mapping = mapping;
  }

  /**
   * A staging area on {@code mapping}, whose writer root must be an existing, writable directory.
   *
   * @throws StagingException naming the writer root when it is missing, not a directory or not writable
   */
  public static StagingArea open(PathMapping mapping) {
    Objects.requireNonNull(mapping, "mapping");
    Path root = mapping.writerRoot();
    if (!Files.exists(root)) {
      throw new StagingException("The staging directory " + root + " does not exist (it is the writer side of the"
          + " mapping " + root + " -> " + mapping.readerRoot() + "): create it or mount the shared volume there");
    }
    if (!Files.isDirectory(root)) {
      throw new StagingException("The staging directory " + root + " is not a directory");
    }
    if (!Files.isWritable(root)) {
      throw new StagingException("The staging directory " + root + " is not writable by this process: fix its"
          + " permissions or mount the shared volume read-write");
    }
    return new StagingArea(mapping);
  }

  /** The mapping between the writer's and the reader's view of this area. */
  public PathMapping mapping() {
    return mapping;
  }

  /**
   * Writes {@code rendered}'s compose text (and its directory's {@code .env}, if any) to
   * {@code <writerRoot>/<stack>/} atomically.
   *
   * @return where the files are for both sides and how the bind mounts translate
   * @throws StagingException naming the stack and the file when a write fails
   */
  public StagedStack stage(RenderedStack rendered) {
    Objects.requireNonNull(rendered, "rendered");
    Path dir = stackDirectory(rendered.name());
    Path compose = dir.resolve(COMPOSE_FILE);
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      Files.setPosixFilePermissions(dir, DIR_MODE);
      AtomicFiles.removeLeftovers(dir);
      AtomicFiles.write(compose, rendered.composeText().getBytes(UTF_8), FILE_MODE);
      files.add(compose);
      Path env = rendered.directory().resolve(ENV_FILE);
      if (Files.isRegularFile(env)) {
        Path stagedEnv = dir.resolve(ENV_FILE);
        AtomicFiles.write(stagedEnv, Files.readAllBytes(env), FILE_MODE);
        files.add(stagedEnv);
      }
    } catch (IOException e) {
      throw new StagingException("Cannot stage the stack " + rendered.name() + " in " + dir + ": " + e.getMessage(), e);
    }
    LOG.debug("Staged stack {} at {}", rendered.name(), compose);
    return new StagedStack(rendered.name(), compose, mapping.toReader(compose).orElseThrow(), files,
        mounts(rendered));
  }

  /**
   * What would keep {@code reader} from reading the staged files: a directory without search
   * ({@code x}) permission, a file without read ({@code r}), for that uid and those groups.
   *
   * @return the problems, empty when the reader can read every staged file
   */
  public List<ReadProblem> check(StagedStack staged, ReaderIdentity reader) {
    Objects.requireNonNull(reader, "reader");
    List<ReadProblem> problems = new ArrayList<>();
    try {
      for (Path file : staged.files()) {
        for (ReadProblem problem : PosixReadCheck.check(mapping.writerRoot(), file, reader)) {
          if (problems.stream().noneMatch(seen -> seen.path().equals(problem.path()))) {
            problems.add(problem);
          }
        }
      }
    } catch (IOException e) {
      throw new StagingException("Cannot read the permissions of the staged stack " + staged.name() + ": "
          + e.getMessage(), e);
    }
    return problems;
  }

  /**
   * {@link #check} as a gate before a deploy: also refuses bind mounts the reader cannot see.
   *
   * @throws StagingException listing every problem with its fix
   */
  public void requireReadable(StagedStack staged, ReaderIdentity reader) {
    List<String> lines = new ArrayList<>();
    check(staged, reader).forEach(problem -> lines.add(problem.describe()));
    for (StagedStack.Mount mount : staged.invisibleMounts()) {
      lines.add("service " + mount.service() + " bind-mounts " + mount.writerSource() + ", outside the staging area "
          + mapping.writerRoot() + ": the reader cannot see it through the mapping; fix: move it under "
          + mapping.writerRoot() + " or fix the mapping");
    }
    if (!lines.isEmpty()) {
      throw new StagingException("The staged stack " + staged.name() + " is not readable by the reader (" + reader
          + ") at " + mapping.readerRoot() + ":\n  " + String.join("\n  ", lines));
    }
  }

  private Path stackDirectory(String stack) {
    Path dir = mapping.writerRoot().resolve(stack).normalize();
    if (!dir.getParent().equals(mapping.writerRoot())) {
      throw new StagingException("The stack name " + stack + " is not a plain directory name");
    }
    return dir;
  }

  private List<StagedStack.Mount> mounts(RenderedStack rendered) {
    List<StagedStack.Mount> mounts = new ArrayList<>();
    Map<String, ServiceSpec> services = rendered.project().services();
    for (Map.Entry<String, ServiceSpec> service : services.entrySet()) {
      for (ServiceMount mount : service.getValue().volumes()) {
        if (mount.type() == ServiceMount.Type.BIND && mount.source() != null) {
          Path source = Path.of(mount.source());
          mounts.add(new StagedStack.Mount(service.getKey(), mount.target(), source,
              source.isAbsolute() ? mapping.toReader(source) : Optional.empty()));
        }
      }
    }
    return mounts;
  }
}
