package dev.phoenix.core.compose.internal.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Texts both YAML paths must agree on: every Compose file of the shared conformance cases and of
 * the repository, and hand-written snippets of every construct the fast path reads, and of many it
 * leaves to snakeyaml-engine.
 */
final class FastPathCorpus {
  private FastPathCorpus() {
  }

  /** Every {@code .yml} and {@code .yaml} file of the conformance cases, the test resources and the examples. */
  static List<Path> files() {
    Path shared = Path.of(System.getProperty("phoenix.shared.dir"), "conformance", "compose");
    Path module = Path.of("").toAbsolutePath();
    Path project = module.getParent();
    return Stream.of(shared, module.resolve("src/test/resources"), project.resolve("phoenix-examples"),
            project.resolve("examples"))
        .filter(Files::isDirectory)
        .flatMap(FastPathCorpus::yamlFiles)
        .sorted()
        .toList();
  }

  private static Stream<Path> yamlFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(path -> path.toString().endsWith(".yml") || path.toString().endsWith(".yaml"))
          .filter(path -> !path.toString().contains("/target/"))
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Hand-written snippets the fast path reads: scalars, quoting, block scalars, flows, nesting, comments, anchors, tags, documents. */
  static final List<String> READ_FAST = List.of(
      // The plain scalars of COMPOSE-NOTES section 4, and more numbers.
      """
      a: yes
      b: no
      c: on
      d: off
      e: True
      f: FALSE
      g: true
      h: 22:22
      i: 80:80
      j: 8080:80
      k: 0755
      l: 0o755
      m: 0x1F
      n: 0b101
      o: 1_000
      p: +12
      q: ~
      r: Null
      s:
      t: 2001-12-14
      u: .inf
      v: -.Inf
      w: .NaN
      x: 1e3
      y: 1.5
      z: -0
      aa: 0.3
      ab: 1e400
      ac: 9223372036854775808
      ad: -9223372036854775809
      ae: "0755"
      af: '1.5'
      ag: .5
      ah: 1_0.5
      ai: ._5
      aj: 0x_1F
      ak: -0b11
      al: NULL
      am: nul
      """,
      // Quoting and escapes.
      """
      single: 'it''s ''quoted'' # not a comment'
      double: "say \\"hi\\" \\\\ \\/ \\ end"
      escapes: "\\0\\a\\b\\t\\n\\v\\f\\r\\e\\N\\_"
      hex: "\\x41\\u00e9\\U0001F600"
      tab: "a\tb"
      empty1: ''
      empty2: ""
      hash: "a # b"
      colon: "a: b"
      spaces: "  lead and trail  "
      """,
      "folded single: 'one\n  two\n\n  three\n\n\n  four'\nfolded double: \"one\n  two\\\n  three\\\n\n  four \\\n   five\"\n",
      "k: \"a\n\n\n b\"\nl: 'x  \n   y'\nm: \"trailing \\t\n next\"\n",
      // Block scalars with every chomping and indentation indicator.
      """
      clip: |
        line one
          indented
        line three

      strip: |-
        text

      keep: |+
        text


      folded: >
        one
        two

        three
          more indented
        four
      folded strip: >-
        a
        b
      folded keep: >+
        a

      indicator: |2
          two extra
        base
      both: |2-
          x
      reversed: >-1
         y
      comment: | # a comment
        z
      """,
      "seq:\n- |\n  one\n- >-\n  two\n  three\n- |+\n  keep\n\nnext: 1\n",
      "a:\n  b: |\n    x\n\n\n  c: >\n\n    leading blank\n",
      // Flow collections.
      """
      empty list: []
      empty map: {}
      list: [a, "b", 'c', 1, 2.5, ~, true]
      map: {a: 1, "b": two, 'c': [x, y], d: {e: f}}
      trailing: [a, b, ]
      nested: [[1, 2], [3, [4]], {k: v}]
      spaced: [ a , b ]
      words: [a b, c d]
      empty value: {a: , b: 1, c:}
      multi: [
        one,   # first
        two,
        # comment line
        three
      ]
      map multi: {
        a: 1,
        b: [x,
            y],
      }
      """,
      // Nested sequences and mappings.
      """
      services:
        web:
          ports:
            - "80:80"
            - 443
          volumes:
          - type: bind
            source: ./a
            target: /a
          - ./b:/b
          nested:
            - - a
              - b
            - - c
          deep:
            -
              k: v
            -   spaced: item
                more: 1
            - x: 1
              y:
                - z
              w: 2
      """,
      // Comments everywhere.
      """
      # leading comment
        # indented comment
      a: 1 # trailing
      # between
      b: # after key
        c: 2
          # odd comment indentation
        d: [1, 2] # after flow
      e:
        - x # after item
        # between items
        - y
      f: "q" # after quoted
      #end""",
      // Anchors, aliases and merge keys.
      """
      x-base: &base
        image: nginx
        labels: &labels {a: "1", b: "2"}
      x-other: &other {restart: always}
      x-list: &list [1, 2]
      x-scalar: &s value
      services:
        one:
          <<: *base
          restart: "no"
        two:
          <<: [*base, *other]
          labels: *labels
        three: *base
        four:
          ports: *list
          name: *s
          again: [*s, *s]
          map: {k: *s}
      """,
      "a: &a\n  b: 1\nc: &c\nd: *a\ne: &e !!str 12\nf: !reset &g\n  - x\ng: *g\n",
      "list:\n- &first a\n- *first\n- &m\n  k: v\n- *m\n- !!str &n 5\n- *n\n",
      // Custom and standard tags.
      """
      ports: !override ["80:80"]
      environment: !override
        A: b
      labels: !reset
        a: b
      image: !reset null
      empty: !reset
      cpus: !override 0.5
      str: !!str 0755
      int: !!int "12"
      float: !!float 1
      bool: !!bool "true"
      nil: !!null ~
      map: !!map {a: 1}
      seq: !!seq [a]
      bare: ! 12
      quoted bare: ! "12"
      indentless: !reset
      - a
      - b
      """,
      // Empty values and keys of every shape.
      """
      a:
      b: ~
      c: ''
      with spaces: 1
      a:b: 2
      com.example.x: 3
      "a: b": 4
      'x#y': 5
      x#z: 6
      "": 7
      -dash: 8
      ?question: 9
      :colon: 10
      key with trailing spaces   : 11
      "quoted" : 12
      <<: {merged: 13}
      last:
      """,
      // Unicode, including characters outside the Basic Multilingual Plane.
      "clé: café\n😀: \"🎉\"\nafter: {x: 😀😀, y: [é, 🎉]}\nlist:\n  - 😀 text\n  - \"é\\u00e9\"\nblock: |\n  😀 line\n",
      // CRLF line endings.
      "a: 1\r\nb:\r\n  - x\r\n  - \"y\r\n   z\"\r\nc: |\r\n  line\r\n\r\n  more\r\nd: >-\r\n  f\r\n  g\r\n",
      // No trailing newline, in several constructs.
      "a: 1\nb: last",
      "a: [1, 2]",
      "a: \"q\"",
      "a:",
      "a:\n- x",
      // Multiple documents.
      "a: 1\n---\nb: 2\n",
      "---\na: 1\n---\n---\nb: 2\n",
      "--- # comment\na: 1\n--- \n# only a comment\n",
      "a: 1\n---",
      "",
      "   \n  # only comments\n",
      "# comment\n---\n\n\na: 1\n",
      // A byte order mark.
      "\uFEFFa: 1\nb: [x]\n",
      // Multi-line plain scalars.
      "a: one\n  two\n\n  three\nb:\n  four\n   five\nc: x - dash\n  - more\n  :colon\n",
      "s:\n- a\n  b\n- c\n  # comment\n- d\n\n\n  e\n- f\n  g:h\n",
      "s:\n  - a\n   b\n  - c\n    d\n");

  /** Hand-written snippets the fast path leaves to snakeyaml-engine: exotic constructs and errors. */
  static final List<String> LEFT_TO_SNAKEYAML = List.of(
      "a: |\n  text",
      "last: |+\n  end\n  ",
      "k: v #c\n  more\n",
      "? complex\n: key\n",
      "%YAML 1.2\n---\na: 1\n",
      "a:\n\tb: 1\n",
      "a: b\tc\n",
      "a: 1\n...\n",
      "&anchor key: v\n",
      "*alias : v\n",
      "a: [b: c]\n",
      "a: {b}\n",
      "a: {\"b\":1}\n",
      "a: !foo x\n",
      "a: !<tag:yaml.org,2002:str> x\n",
      "- top\n- level\n",
      "top level scalar\n",
      "~\n",
      "  a: 1\n  b: 2\n",
      "a: \"\\L\"\n",
      "a: \"\\q\"\n",
      "a: b: c\n",
      "a: 1\n b: 2\n",
      "a:\n  b: 1\n c: 2\n",
      "a: [1, 2\n",
      "a: 'unclosed\n",
      "a: |0\n  x\n",
      "a: \u0001\n",
      "a: 1\na: 2\n",
      "80: x\n",
      "a: *nope\n",
      "a: &a [1, *a]\n",
      "a: &a [1]\nb:\n  <<: *a\n",
      "a: 1\r2\n",
      "key: value\u2028more\n");

  /** Both kinds of snippets. */
  static final List<String> SNIPPETS = Stream.concat(READ_FAST.stream(), LEFT_TO_SNAKEYAML.stream()).toList();
}
