package dev.phoenix.core.stack.internal;

import dev.phoenix.core.stack.ReadProblem;
import dev.phoenix.core.stack.ReaderIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a reader of a given uid and gids may reach and read a file, by the POSIX rules: the
 * owner's bits apply to the owner, else the group's bits to a member of the group, else the
 * others' bits; root passes (locally; {@code root_squash} readers are given as {@code nobody}).
 */
public final class PosixReadCheck {
  private PosixReadCheck() {
  }

  /**
   * The problems a reader has with {@code file}: each directory from {@code root} down to the
   * file's parent needs search ({@code x}), the file needs read ({@code r}).
   *
   * @param root the top directory to check from (the staging area's writer root)
   * @param file a file under {@code root}
   */
  public static List<ReadProblem> check(Path root, Path file, ReaderIdentity reader) throws IOException {
    List<ReadProblem> problems = new ArrayList<>();
    Set<Path> directories = new LinkedHashSet<>();
    for (Path dir = file.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
      directories.add(dir);
    }
    List<Path> topDown = new ArrayList<>(directories);
    Collections.reverse(topDown);
    for (Path dir : topDown) {
      missing(dir, reader, Kind.SEARCH).ifPresent(problems::add);
    }
    missing(file, reader, Kind.READ).ifPresent(problems::add);
    return problems;
  }

  private enum Kind {
    SEARCH("x", "directory", "enter"),
    READ("r", "file", "read");

    final String letter;
    final String noun;
    final String verb;

    Kind(String letter, String noun, String verb) {
      this.letter = letter;
      this.noun = noun;
      this.verb = verb;
    }
  }

  private static Optional<ReadProblem> missing(Path path, ReaderIdentity reader, Kind kind) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(new ReadProblem(path, "the " + kind.noun + " does not exist",
          "stage the stack again, or fix the path mapping"));
    }
    if (reader.isRoot()) {
      return Optional.empty();
    }
    PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class);
    Set<PosixFilePermission> mode = attributes.permissions();
    int ownerUid = (Integer) Files.getAttribute(path, "unix:uid");
    int ownerGid = (Integer) Files.getAttribute(path, "unix:gid");
    String who;
    String fix;
    boolean allowed;
    if (reader.uid() == ownerUid) {
      who = "its owner";
      allowed = mode.contains(kind == Kind.READ ? PosixFilePermission.OWNER_READ : PosixFilePermission.OWNER_EXECUTE);
      fix = "chmod u+" + kind.letter + " " + path;
    } else if (reader.gids().contains(ownerGid)) {
      who = "a member of its group " + ownerGid;
      allowed = mode.contains(kind == Kind.READ ? PosixFilePermission.GROUP_READ : PosixFilePermission.GROUP_EXECUTE);
      fix = "chmod g+" + kind.letter + " " + path;
    } else {
      who = "neither its owner " + ownerUid + " nor in its group " + ownerGid;
      allowed = mode.contains(kind == Kind.READ ? PosixFilePermission.OTHERS_READ : PosixFilePermission.OTHERS_EXECUTE);
      fix = "chmod o+" + kind.letter + " " + path + ", or chgrp " + reader.gids().stream().sorted().findFirst().orElse(0)
          + " " + path + " && chmod g+" + kind.letter + " " + path;
    }
    if (allowed) {
      return Optional.empty();
    }
    return Optional.of(new ReadProblem(path, "the reader (" + reader + ") is " + who + " and may not " + kind.verb
        + " this " + kind.noun + ": " + kind.letter + " permission missing (mode "
        + PosixFilePermissions.toString(mode) + ")", fix));
  }
}
