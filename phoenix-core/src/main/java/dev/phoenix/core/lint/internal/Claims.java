package dev.phoenix.core.lint.internal;

import dev.phoenix.core.lint.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Things that must be unique across every service of every stack linted together (a published
 * host port, a Traefik router name): each claim is recorded with its owner, and every claim that
 * clashes with a claim of another owner is reported at its own place. Claims of one service
 * never clash with each other, because override files legitimately repeat a service's values.
 */
final class Claims<K> {
  /** One claim: what, by which stack and service, where. */
  record Claim<K>(K key, String stack, String service, Place place, Path stackDirectory) {
    boolean sameOwner(Claim<K> other) {
      return stack.equals(other.stack) && service.equals(other.service);
    }
  }

  private final List<Claim<K>> claims = new ArrayList<>();
  private final BiPredicate<K, K> clash;

  Claims(BiPredicate<K, K> clash) {
    this.clash = clash;
  }

  void add(K key, String stack, String service, Place place, Path stackDirectory) {
    claims.add(new Claim<>(key, stack, service, place, stackDirectory));
  }

  /**
   * Reports each clashing claim once, naming the other owners. A place that several services
   * claim through one definition they extend is reported once, for the first of them.
   *
   * @param describe the claimed thing as a message starts, e.g. {@code host port 8080/tcp}
   */
  void report(String rule, Severity severity, java.util.function.Function<K, String> describe, Findings findings) {
    Set<List<Object>> reported = new HashSet<>();
    for (Claim<K> claim : claims) {
      Map<String, Claim<K>> others = new LinkedHashMap<>();
      for (Claim<K> other : claims) {
        if (!other.sameOwner(claim) && clash.test(claim.key(), other.key())) {
          others.putIfAbsent(other.stack() + "/" + other.service(), other);
        }
      }
      if (others.isEmpty() || !reported.add(List.of(claim.key(), claim.place()))) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (Claim<K> other : others.values()) {
        Path base = other.stackDirectory().toAbsolutePath().getParent();
        names.add("service " + other.service() + " of stack " + other.stack() + " ("
            + other.place().shortForm(base) + ")");
      }
      findings.add(severity, rule, claim.stack(), claim.place(), describe.apply(claim.key())
          + " of service " + claim.service() + " is also used by " + String.join(", ", names));
    }
  }
}
