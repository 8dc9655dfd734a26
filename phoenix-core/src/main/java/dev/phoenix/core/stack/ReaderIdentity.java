package dev.phoenix.core.stack;

import java.util.Set;

/**
 * The user that reads staged files on the other side of a {@link PathMapping}: a Docker daemon
 * usually runs as root ({@link #root()}), an agent often as an unprivileged user. Over NFS with
 * {@code root_squash}, root is mapped to {@code nobody} (65534) and should be given as such.
 *
 * @param uid the reader's user id
 * @param gids the reader's primary and supplementary group ids
 */
public record ReaderIdentity(int uid, Set<Integer> gids) {

  /** Checks the ids and copies the set. */
  public ReaderIdentity {
    if (uid < 0) {
      throw new IllegalArgumentException("uid must not be negative: " + uid);
    }
    gids = Set.copyOf(gids);
    if (gids.stream().anyMatch(gid -> gid < 0)) {
      throw new IllegalArgumentException("gids must not be negative: " + gids);
    }
  }

  /** A reader with one group. */
  public static ReaderIdentity of(int uid, int gid) {
    return new ReaderIdentity(uid, Set.of(gid));
  }

  /** A reader running as root, which may read every file and enter every directory locally. */
  public static ReaderIdentity root() {
    return of(0, 0);
  }

  /** Whether this reader is root. */
  public boolean isRoot() {
    return uid == 0;
  }

  @Override
  public String toString() {
    return "uid " + uid + " gid " + gids.stream().sorted().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("-");
  }
}
