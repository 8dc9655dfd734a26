package dev.phoenix.core.engine.internal.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code .dockerignore} matching as the docker CLI does it. */
class DockerIgnoreTest {

  @Test
  void anEmptyFileOrOnlyCommentsIgnoreNothing() {
    assertThat(DockerIgnore.none().excludes("a")).isFalse();
    assertThat(DockerIgnore.parse("# comment\n\n   \n").excludes("comment")).isFalse();
  }

  @Test
  void aNameMatchesOnlyAtTheRootAndExcludesWhatIsBelowIt() {
    DockerIgnore ignore = DockerIgnore.parse("secret.txt\nbuild\n");

    assertThat(ignore.excludes("secret.txt")).isTrue();
    assertThat(ignore.excludes("sub/secret.txt")).isFalse();
    assertThat(ignore.excludes("build")).isTrue();
    assertThat(ignore.excludes("build/out/app.jar")).isTrue();
    assertThat(ignore.excludes("builder")).isFalse();
  }

  @Test
  void starAndQuestionMarkStayWithinOneDirectory() {
    DockerIgnore ignore = DockerIgnore.parse("*.log\ndata/?.csv\n");

    assertThat(ignore.excludes("app.log")).isTrue();
    assertThat(ignore.excludes("logs/app.log")).isFalse();
    assertThat(ignore.excludes("data/a.csv")).isTrue();
    assertThat(ignore.excludes("data/ab.csv")).isFalse();
  }

  @Test
  void doubleStarSpansDirectories() {
    DockerIgnore ignore = DockerIgnore.parse("**/*.tmp\nnode_modules/**\ndocs/**/draft.md\n");

    assertThat(ignore.excludes("a.tmp")).isTrue();
    assertThat(ignore.excludes("x/y/z.tmp")).isTrue();
    assertThat(ignore.excludes("node_modules/pkg/index.js")).isTrue();
    assertThat(ignore.excludes("docs/draft.md")).isTrue();
    assertThat(ignore.excludes("docs/a/b/draft.md")).isTrue();
    assertThat(ignore.excludes("docs/final.md")).isFalse();
  }

  @Test
  void theLastMatchingRuleDecidesAndBangTakesBack() {
    DockerIgnore ignore = DockerIgnore.parse("*.md\n!README.md\nREADME*.md\n!README-keep.md\n");

    assertThat(ignore.excludes("notes.md")).isTrue();
    assertThat(ignore.excludes("README.md")).isTrue();
    assertThat(ignore.excludes("README-keep.md")).isFalse();
    assertThat(ignore.hasReinclusions()).isTrue();
    assertThat(DockerIgnore.parse("*.md\n").hasReinclusions()).isFalse();
  }

  @Test
  void aLeadingSlashAndDotSegmentsAreCleanedAway() {
    DockerIgnore ignore = DockerIgnore.parse("/target\n./out/../dist\n");

    assertThat(ignore.excludes("target/classes")).isTrue();
    assertThat(ignore.excludes("dist")).isTrue();
    assertThat(ignore.excludes("out")).isFalse();
  }

  @Test
  void classesAndEscapesWorkAsInGo() {
    DockerIgnore ignore = DockerIgnore.parse("file[0-9].txt\nx[!a].c\nstar\\*\n");

    assertThat(ignore.excludes("file3.txt")).isTrue();
    assertThat(ignore.excludes("filea.txt")).isFalse();
    assertThat(ignore.excludes("xb.c")).isTrue();
    assertThat(ignore.excludes("xa.c")).isFalse();
    assertThat(ignore.excludes("star*")).isTrue();
    assertThat(ignore.excludes("stars")).isFalse();
  }
}
