package dev.phoenix.core.compose.internal.yaml;

/**
 * Safety limits for reading one Compose file, so that a hostile or broken file fails fast with a
 * clear message instead of exhausting memory or the stack.
 *
 * @param maxDocumentChars the largest file accepted, in characters; checked before parsing
 * @param maxAliases the most aliases ({@code *name}) one document may use
 * @param maxDepth the deepest nesting of mappings and sequences, aliases expanded (at most
 *     {@value #DEPTH_CEILING}, since the tree is built recursively)
 * @param maxNodes the most values built for one document, counting every copy an alias makes; this
 *     is what stops an alias bomb ("billion laughs")
 */
public record YamlLimits(int maxDocumentChars, int maxAliases, int maxDepth, int maxNodes) {

  /**
   * The highest {@code maxDepth} accepted. The tree is built recursively, at up to about 600 bytes
   * of stack per level before the JIT compiles the builder; 500 levels fit a 512 KiB thread stack.
   */
  public static final int DEPTH_CEILING = 500;

  /**
   * 10 MiB, 1000 aliases, 256 levels, and 100,000 values per document, the node-visit budget
   * Docker Compose allows.
   */
  public static final YamlLimits DEFAULT = new YamlLimits(10 * 1024 * 1024, 1_000, 256, 100_000);

  public YamlLimits {
    if (maxDocumentChars < 1 || maxAliases < 0 || maxNodes < 1) {
      throw new IllegalArgumentException("YAML limits must be positive: " + maxDocumentChars + ", "
          + maxAliases + ", " + maxNodes);
    }
    if (maxDepth < 1 || maxDepth > DEPTH_CEILING) {
      throw new IllegalArgumentException("maxDepth must be between 1 and " + DEPTH_CEILING + ": " + maxDepth);
    }
  }
}
