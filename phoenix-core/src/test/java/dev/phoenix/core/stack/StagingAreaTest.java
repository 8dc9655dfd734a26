package dev.phoenix.core.stack;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.phoenix.core.stack.internal.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingAreaTest {
  private static final Path READER_ROOT = Path.of("/srv/stacks");
  private static final int OTHER_UID = 4242;

  @TempDir
  Path sources;
  @TempDir
  Path stage;
  StagingArea staging;

  @BeforeEach
  void setUp() throws IOException {
    // A temporary directory is rwx------; a shared staging root is usually open to its readers.
    Files.setPosixFilePermissions(stage, PosixFilePermissions.fromString("rwxr-xr-x"));
    staging = StagingArea.open(new PathMapping(stage, READER_ROOT));
  }

  @Test
  void mappingTranslatesPathsUnderTheWriterRootOnly() {
    PathMapping mapping = new PathMapping(Path.of("/mnt/nfs/stacks/"), Path.of("/srv/stacks"));

    assertThat(mapping.toReader(Path.of("/mnt/nfs/stacks/shop/data"))).contains(Path.of("/srv/stacks/shop/data"));
    assertThat(mapping.toReader(Path.of("/mnt/nfs/stacks"))).contains(Path.of("/srv/stacks"));
    assertThat(mapping.toReader(Path.of("/mnt/nfs/stacks/../elsewhere"))).isEmpty();
    assertThat(mapping.toReader(Path.of("/mnt/nfs/stacks-old/shop"))).isEmpty();
    assertThat(mapping.toReader(Path.of("/opt/data"))).isEmpty();
    assertThatThrownBy(() -> new PathMapping(Path.of("relative"), READER_ROOT))
        .hasMessageContaining("writerRoot must be an absolute path: relative");
  }

  @Test
  void stagesComposeTextAndEnvAndTranslatesBindMounts() throws IOException {
    RenderedStack rendered = render("shop", "TAG=1.36\n");

    StagedStack staged = staging.stage(rendered);

    assertThat(staged.writerComposeFile()).isEqualTo(stage.resolve("shop/compose.yaml"));
    assertThat(staged.readerComposeFile()).isEqualTo(Path.of("/srv/stacks/shop/compose.yaml"));
    assertThat(Files.readString(staged.writerComposeFile())).isEqualTo(rendered.composeText());
    assertThat(Files.readString(stage.resolve("shop/.env"))).isEqualTo("TAG=1.36\n");
    assertThat(staged.files()).containsExactly(stage.resolve("shop/compose.yaml"), stage.resolve("shop/.env"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(staged.writerComposeFile())))
        .isEqualTo("rw-r--r--");
    assertThat(staged.mounts()).containsExactly(
        new StagedStack.Mount("web", "/data", stage.resolve("shop/data"), Optional.of(Path.of("/srv/stacks/shop/data"))),
        new StagedStack.Mount("web", "/other", Path.of("/opt/elsewhere"), Optional.empty()));
    assertThat(staged.invisibleMounts()).extracting(StagedStack.Mount::target).containsExactly("/other");
  }

  @Test
  void aCrashBetweenWriteAndRenameLeavesTheOldFileWhole() throws IOException {
    StagedStack staged = staging.stage(render("shop", null));
    String old = Files.readString(staged.writerComposeFile());

    // The first half of a write, then nothing: what a crash before the rename leaves.
    Path temp = AtomicFiles.writeTemp(staged.writerComposeFile(), "services: {}\n".getBytes(UTF_8),
        PosixFilePermissions.fromString("rw-r--r--"));

    assertThat(temp.getParent()).isEqualTo(staged.writerComposeFile().getParent());
    assertThat(temp.getFileName().toString()).isNotEqualTo(StagingArea.COMPOSE_FILE);
    assertThat(Files.readString(staged.writerComposeFile())).isEqualTo(old);

    StagedStack again = staging.stage(render("shop", null));

    assertThat(Files.readString(again.writerComposeFile())).isEqualTo(old);
    try (Stream<Path> files = Files.list(stage.resolve("shop"))) {
      assertThat(files).containsExactly(again.writerComposeFile());
    }
  }

  @Test
  void anAtomicWriteReplacesTheWholeFile() throws IOException {
    Path file = stage.resolve("file.yaml");
    Files.writeString(file, "x".repeat(10_000));

    AtomicFiles.write(file, "short\n".getBytes(UTF_8), PosixFilePermissions.fromString("rw-r-----"));

    assertThat(Files.readString(file)).isEqualTo("short\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    try (Stream<Path> files = Files.list(stage)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void freshlyStagedFilesAreReadableByAnotherUser() {
    StagedStack staged = staging.stage(render("shop", "TAG=1\n"));

    assertThat(staging.check(staged, ReaderIdentity.of(1000, 1000))).isEmpty();
    assertThat(staging.check(staged, ReaderIdentity.root())).isEmpty();
  }

  @Test
  void aPrivateFileOfAnotherOwnerIsReportedWithItsFix() throws IOException {
    StagedStack staged = staging.stage(render("shop", null));
    Path compose = staged.writerComposeFile();
    Files.setAttribute(compose, "unix:uid", OTHER_UID);
    Files.setAttribute(compose, "unix:gid", OTHER_UID);
    Files.setPosixFilePermissions(compose, PosixFilePermissions.fromString("rw-------"));

    List<ReadProblem> problems = staging.check(staged, ReaderIdentity.of(1000, 1000));

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.path()).isEqualTo(compose);
      assertThat(problem.problem()).isEqualTo("the reader (uid 1000 gid 1000) is neither its owner 4242 nor in its"
          + " group 4242 and may not read this file: r permission missing (mode rw-------)");
      assertThat(problem.fix()).isEqualTo("chmod o+r " + compose + ", or chgrp 1000 " + compose + " && chmod g+r "
          + compose);
    });
    assertThat(staging.check(staged, ReaderIdentity.of(OTHER_UID, 1))).isEmpty();
    assertThat(staging.check(staged, ReaderIdentity.root())).isEmpty();
  }

  @Test
  void groupBitsApplyToAMemberOfTheGroup() throws IOException {
    StagedStack staged = staging.stage(render("shop", null));
    Path compose = staged.writerComposeFile();
    Files.setAttribute(compose, "unix:gid", 2000);
    Files.setPosixFilePermissions(compose, PosixFilePermissions.fromString("rw----r--"));

    assertThat(staging.check(staged, new ReaderIdentity(1000, Set.of(1000, 2000))))
        .singleElement()
        .satisfies(problem -> assertThat(problem.fix()).isEqualTo("chmod g+r " + compose));
  }

  @Test
  void aDirectoryWithoutSearchPermissionIsReportedAndRefusesTheDeploy() throws IOException {
    StagedStack staged = staging.stage(render("shop", null));
    Path dir = stage.resolve("shop");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-x---"));

    List<ReadProblem> problems = staging.check(staged, ReaderIdentity.of(1000, 1000));

    assertThat(problems).extracting(ReadProblem::path).containsExactly(dir);
    assertThat(problems.get(0).problem()).contains("may not enter this directory: x permission missing (mode rwxr-x---)");
    assertThat(problems.get(0).fix()).startsWith("chmod o+x " + dir);
    assertThatThrownBy(() -> staging.requireReadable(staged, ReaderIdentity.of(1000, 1000)))
        .isInstanceOf(StagingException.class)
        .hasMessageContaining("The staged stack shop is not readable by the reader (uid 1000 gid 1000) at /srv/stacks")
        .hasMessageContaining(dir + ": the reader (uid 1000 gid 1000)")
        .hasMessageContaining("service web mounts /opt/elsewhere (at /other), outside the staging area " + stage);
  }

  @Test
  void aWriterRootThatIsMissingOrNotADirectoryIsNamed() throws IOException {
    Path missing = stage.resolve("nope");
    assertThatThrownBy(() -> StagingArea.open(new PathMapping(missing, READER_ROOT)))
        .isInstanceOf(StagingException.class)
        .hasMessageContaining("The staging directory " + missing + " does not exist");
    Path file = Files.writeString(stage.resolve("file"), "");
    assertThatThrownBy(() -> StagingArea.open(new PathMapping(file, READER_ROOT)))
        .isInstanceOf(StagingException.class)
        .hasMessage("The staging directory " + file + " is not a directory");
  }

  @Test
  void aStackNameThatLeavesTheStagingAreaIsRefused() {
    RenderedStack rendered = render("shop", null);
    RenderedStack escaping = new RenderedStack("../shop", rendered.directory(), rendered.composeText(),
        rendered.project(), rendered.manifest(), List.of());

    assertThatThrownBy(() -> staging.stage(escaping))
        .isInstanceOf(StagingException.class)
        .hasMessageContaining("../shop");
  }

  private RenderedStack render(String name, String env) {
    try {
      Path dir = Files.createDirectories(sources.resolve(name));
      Files.writeString(dir.resolve("compose.yaml"), """
          services:
            web:
              image: busybox
              volumes:
                - %s:/data
                - /opt/elsewhere:/other:ro
          """.formatted(stage.resolve(name).resolve("data")));
      if (env != null) {
        Files.writeString(dir.resolve(".env"), env);
      }
      return ManifestRenderer.render(StacksDirectory.discover(sources).stream()
          .filter(stack -> stack.name().equals(name)).findFirst().orElseThrow());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
