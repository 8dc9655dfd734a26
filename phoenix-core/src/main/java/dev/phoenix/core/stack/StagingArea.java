package dev.phoenix.core.stack;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.ConfigSpec;
import dev.phoenix.api.compose.SecretSpec;
import dev.phoenix.api.compose.ServiceConfigRef;
import dev.phoenix.api.compose.ServiceMount;
import dev.phoenix.api.compose.ServiceSecretRef;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.core.stack.internal.AtomicFiles;
import dev.phoenix.core.stack.internal.PosixReadCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    StagedStack staged = locate(rendered);
    Path dir = staged.writerComposeFile().getParent();
    try {
      Files.createDirectories(dir);
      Files.setPosixFilePermissions(dir, DIR_MODE);
      AtomicFiles.removeLeftovers(dir);
      AtomicFiles.write(staged.writerComposeFile(), rendered.composeText().getBytes(UTF_8), FILE_MODE);
      Path stagedEnv = dir.resolve(ENV_FILE);
      if (staged.files().contains(stagedEnv)) {
        AtomicFiles.write(stagedEnv, Files.readAllBytes(rendered.directory().resolve(ENV_FILE)), FILE_MODE);
      }
    } catch (IOException e) {
      throw new StagingException("Cannot stage the stack " + rendered.name() + " in " + dir + ": " + e.getMessage(), e);
    }
    LOG.debug("Staged stack {} at {}", rendered.name(), staged.writerComposeFile());
    return staged;
  }

  /**
   * Where {@link #stage} would put {@code rendered}, computed without writing anything (for a dry
   * run): the files it would write, for both sides, and how the bind mounts translate.
   */
  public StagedStack locate(RenderedStack rendered) {
    Objects.requireNonNull(rendered, "rendered");
    Path dir = stackDirectory(rendered.name());
    Path compose = dir.resolve(COMPOSE_FILE);
    List<Path> files = new ArrayList<>(List.of(compose));
    if (Files.isRegularFile(rendered.directory().resolve(ENV_FILE))) {
      files.add(dir.resolve(ENV_FILE));
    }
    return new StagedStack(rendered.name(), compose, mapping.toReader(compose).orElseThrow(), files,
        mounts(rendered));
  }

  /**
   * {@code rendered}'s project as the reader sees it, ready to deploy: its compose file and working
   * directory are the staged ones on the reader's side (so the Compose labels name paths that
   * exist there), and every bind-mount source, file secret and file config under the writer root
   * is translated to the reader's path. Sources outside the writer root are left as they are;
   * {@link #requireReadable} refuses them.
   */
  public ComposeProject readerProject(RenderedStack rendered, StagedStack staged) {
    ComposeProject project = rendered.project();
    Map<String, ServiceSpec> services = new LinkedHashMap<>();
    project.services().forEach((name, service) -> services.put(name, service.toBuilder()
        .volumes(service.volumes().stream().map(this::readerMount).toList())
        .build()));
    Map<String, SecretSpec> secrets = new LinkedHashMap<>();
    project.secrets().forEach((name, secret) -> secrets.put(name, secret.file() == null ? secret
        : new SecretSpec(secret.name(), readerPath(secret.file()), secret.environment(), secret.content(),
            secret.external(), secret.labels(), secret.driver(), secret.driverOpts(), secret.templateDriver(),
            secret.extensions(), secret.unknown())));
    Map<String, ConfigSpec> configs = new LinkedHashMap<>();
    project.configs().forEach((name, config) -> configs.put(name, config.file() == null ? config
        : new ConfigSpec(config.name(), readerPath(config.file()), config.environment(), config.content(),
            config.external(), config.labels(), config.driver(), config.driverOpts(), config.templateDriver(),
            config.extensions(), config.unknown())));
    return project.toBuilder()
        .workingDirectory(staged.readerComposeFile().getParent())
        .composeFiles(List.of(staged.readerComposeFile()))
        .services(services)
        .secrets(secrets)
        .configs(configs)
        .build();
  }

  private ServiceMount readerMount(ServiceMount mount) {
    if (mount.type() != ServiceMount.Type.BIND || mount.source() == null) {
      return mount;
    }
    return mount.toBuilder().source(readerPath(mount.source())).build();
  }

  private String readerPath(String writerPath) {
    Path path = Path.of(writerPath);
    return path.isAbsolute() ? mapping.toReader(path).map(Path::toString).orElse(writerPath) : writerPath;
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
   * {@link #check} as a gate before a deploy: also refuses host paths (bind mounts, file secrets
   * and configs) the reader cannot see through the mapping.
   *
   * @throws StagingException listing every problem with its fix
   */
  public void requireReadable(StagedStack staged, ReaderIdentity reader) {
    List<String> lines = new ArrayList<>();
    check(staged, reader).forEach(problem -> lines.add(problem.describe()));
    lines.addAll(invisible(staged));
    if (!lines.isEmpty()) {
      throw new StagingException("The staged stack " + staged.name() + " is not readable by the reader (" + reader
          + ") at " + mapping.readerRoot() + ":\n  " + String.join("\n  ", lines));
    }
  }

  /**
   * Refuses host paths (bind mounts, file secrets and configs) the reader cannot see through the
   * mapping; unlike {@link #requireReadable}, reads no file, so it also works on a stack that was
   * only {@linkplain #locate located}.
   *
   * @throws StagingException listing every such path with its fix
   */
  public void requireVisible(StagedStack staged) {
    List<String> lines = invisible(staged);
    if (!lines.isEmpty()) {
      throw new StagingException("The staged stack " + staged.name() + " uses host paths the reader cannot see at "
          + mapping.readerRoot() + ":\n  " + String.join("\n  ", lines));
    }
  }

  private List<String> invisible(StagedStack staged) {
    List<String> lines = new ArrayList<>();
    for (StagedStack.Mount mount : staged.invisibleMounts()) {
      String use = mount.target().startsWith("/") ? "at " + mount.target() : "for its " + mount.target();
      lines.add("service " + mount.service() + " mounts " + mount.writerSource() + " (" + use
          + "), outside the staging area " + mapping.writerRoot() + ": the reader cannot see it through the mapping;"
          + " fix: move it under " + mapping.writerRoot() + " or fix the mapping");
    }
    return lines;
  }

  private Path stackDirectory(String stack) {
    Path dir = mapping.writerRoot().resolve(stack).normalize();
    if (!dir.getParent().equals(mapping.writerRoot())) {
      throw new StagingException("The stack name " + stack + " is not a plain directory name");
    }
    return dir;
  }

  /** The host paths the reader must see: bind-mount sources, and the files of file secrets and configs. */
  private List<StagedStack.Mount> mounts(RenderedStack rendered) {
    ComposeProject project = rendered.project();
    List<StagedStack.Mount> mounts = new ArrayList<>();
    for (Map.Entry<String, ServiceSpec> entry : project.services().entrySet()) {
      String service = entry.getKey();
      for (ServiceMount mount : entry.getValue().volumes()) {
        if (mount.type() == ServiceMount.Type.BIND && mount.source() != null) {
          mounts.add(mount(service, mount.target(), mount.source()));
        }
      }
      for (ServiceSecretRef secret : entry.getValue().secrets()) {
        SecretSpec spec = project.secrets().get(secret.source());
        if (spec != null && spec.file() != null && !spec.external()) {
          mounts.add(mount(service, "secret " + secret.source(), spec.file()));
        }
      }
      for (ServiceConfigRef config : entry.getValue().configs()) {
        ConfigSpec spec = project.configs().get(config.source());
        if (spec != null && spec.file() != null && !spec.external()) {
          mounts.add(mount(service, "config " + config.source(), spec.file()));
        }
      }
    }
    return mounts;
  }

  private StagedStack.Mount mount(String service, String target, String source) {
    Path path = Path.of(source);
    return new StagedStack.Mount(service, target, path, path.isAbsolute() ? mapping.toReader(path) : Optional.empty());
  }
}
