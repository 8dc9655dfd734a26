package dev.phoenix.core.engine.internal.image;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tar a build sends: what .dockerignore leaves out stays out, long names survive, modes are kept. */
class BuildContextTest {
  @TempDir
  Path dir;

  @Test
  void sendsWhatIsNotIgnoredAndAlwaysTheDockerfileAndTheIgnoreFile() throws IOException {
    write("Dockerfile", "FROM scratch\n");
    write(".dockerignore", "*.secret\nDockerfile\n.dockerignore\nlogs\n!logs/keep.log\n");
    write("app.txt", "app");
    write("key.secret", "do not send");
    write("logs/a.log", "no");
    write("logs/keep.log", "yes");

    Map<String, Entry> entries = read(null, null);

    assertThat(entries).containsKeys("Dockerfile", ".dockerignore", "app.txt", "logs/keep.log")
        .doesNotContainKeys("key.secret", "logs/a.log", "logs/");
    assertThat(entries.get("app.txt").content()).isEqualTo("app");
  }

  @Test
  void anIgnoredDirectoryWithoutReinclusionsIsNotWalked() throws IOException {
    write("Dockerfile", "FROM scratch\n");
    write(".dockerignore", "node_modules\n");
    write("node_modules/a/b/c.js", "x");

    assertThat(read(null, null).keySet()).containsExactlyInAnyOrder("Dockerfile", ".dockerignore");
  }

  @Test
  void keepsLongNamesModesAndSymlinks() throws IOException {
    String deep = "a".repeat(60) + "/" + "b".repeat(60) + "/file.sh";
    write("Dockerfile", "FROM scratch\n");
    Path script = write(deep, "#!/bin/sh\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
    Files.createSymbolicLink(dir.resolve("link"), Path.of("Dockerfile"));

    Map<String, Entry> entries = read(null, null);

    assertThat(entries.get(deep).mode()).isEqualTo(0750);
    assertThat(entries.get(deep).content()).isEqualTo("#!/bin/sh\n");
    assertThat(entries.get("link").type()).isEqualTo('2');
    assertThat(entries.get("link").link()).isEqualTo("Dockerfile");
  }

  @Test
  void anInlineDockerfileOrOneOutsideTheContextIsAddedUnderItsOwnName(@TempDir Path elsewhere) throws IOException {
    write("app.txt", "app");
    Path outside = Files.writeString(elsewhere.resolve("Dockerfile.prod"), "FROM scratch\nCOPY app.txt /\n");

    try (BuildContext inline = BuildContext.write(dir, null, "FROM scratch\n")) {
      assertThat(inline.dockerfile()).isEqualTo(BuildContext.GENERATED_DOCKERFILE);
      assertThat(entries(inline).get(BuildContext.GENERATED_DOCKERFILE).content()).isEqualTo("FROM scratch\n");
    }
    Map<String, Entry> entries = read(outside.toString(), null);
    assertThat(entries.get(BuildContext.GENERATED_DOCKERFILE).content()).startsWith("FROM scratch");
  }

  @Test
  void aMissingDockerfileIsAnError() {
    assertThatThrownBy(() -> BuildContext.write(dir, "nope/Dockerfile", null))
        .isInstanceOf(IOException.class).hasMessageContaining("nope/Dockerfile").hasMessageContaining("does not exist");
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  private Map<String, Entry> read(String dockerfile, String inline) throws IOException {
    try (BuildContext context = BuildContext.write(dir, dockerfile, inline)) {
      return entries(context);
    }
  }

  private static Map<String, Entry> entries(BuildContext context) throws IOException {
    byte[] tar;
    try (InputStream in = context.open()) {
      tar = in.readAllBytes();
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    String longName = null;
    int at = 0;
    while (at + 512 <= tar.length && tar[at] != 0) {
      String name = text(tar, at, 100);
      int mode = Integer.parseInt(text(tar, at + 100, 8).trim(), 8);
      int size = Integer.parseInt(text(tar, at + 124, 12).trim(), 8);
      char type = (char) tar[at + 156];
      String link = text(tar, at + 157, 100);
      String content = new String(tar, at + 512, size, UTF_8);
      at += 512 + (size + 511) / 512 * 512;
      if (type == 'x') {
        longName = content.substring(content.indexOf("path=") + 5, content.length() - 1);
        continue;
      }
      entries.put(longName != null ? longName : name, new Entry(type, mode, link, content));
      longName = null;
    }
    return entries;
  }

  private static String text(byte[] tar, int offset, int length) {
    int end = offset;
    while (end < offset + length && tar[end] != 0) {
      end++;
    }
    return new String(tar, offset, end - offset, UTF_8);
  }

  private record Entry(char type, int mode, String link, String content) {
  }
}
