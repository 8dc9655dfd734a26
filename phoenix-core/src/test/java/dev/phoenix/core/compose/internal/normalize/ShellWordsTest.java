package dev.phoenix.core.compose.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellWordsTest {
  @Test
  void splitsOnBlanksAndGroupsQuotes() {
    assertThat(ShellWords.split("bundle exec thin -p 3000")).containsExactly("bundle", "exec", "thin", "-p", "3000");
    assertThat(ShellWords.split("  echo   'a b'  \"c d\"\t")).containsExactly("echo", "a b", "c d");
    assertThat(ShellWords.split("sh -c \"echo \\\"hi\\\" && exit 0\"")).containsExactly("sh", "-c", "echo \"hi\" && exit 0");
    assertThat(ShellWords.split("echo ''")).containsExactly("echo", "");
    assertThat(ShellWords.split("a\\ b")).containsExactly("a b");
    assertThat(ShellWords.split("'a\\b'")).containsExactly("a\\b");
    assertThat(ShellWords.split("echo $(date) `id -u`")).containsExactly("echo", "$(date)", "`id -u`");
    assertThat(ShellWords.split("")).isEqualTo(List.of());
  }

  @Test
  void stopsAtAnUnquotedCommandSeparator() {
    assertThat(ShellWords.split("echo a; rm -rf /")).containsExactly("echo", "a");
    assertThat(ShellWords.split("echo 'a;b' | wc")).containsExactly("echo", "a;b");
    assertThat(ShellWords.split("cmd 2>/dev/null")).containsExactly("cmd");
  }

  @Test
  void rejectsUnterminatedQuotesAndEscapes() {
    for (String line : List.of("echo 'a", "echo \"a", "echo a\\", "echo (a)", "echo a)")) {
      assertThatThrownBy(() -> ShellWords.split(line)).as(line).hasMessage("invalid command line string");
    }
  }
}
