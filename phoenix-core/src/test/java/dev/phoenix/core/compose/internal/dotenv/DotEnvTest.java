package dev.phoenix.core.compose.internal.dotenv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeException;
import dev.phoenix.api.compose.ComposeFileException;
import dev.phoenix.api.compose.ComposeSyntaxException;
import dev.phoenix.api.compose.InterpolationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour of the env-file readers beyond the conformance file: positions, raw format, files. */
class DotEnvTest {
  private static final Map<String, String> SHELL = Map.of("HOST", "shell.local", "SECRET", "s3cr3t");

  @Test
  void aBadKeyCharacterIsReportedAtItsPosition() {
    ComposeSyntaxException error = catchThrowableOfType(ComposeSyntaxException.class,
        () -> DotEnv.parse("A=1\n\n  lol$wut=2\n", ".env", null));

    assertThat(error.location()).contains(new SourceLocation(".env", 3, 6));
    assertThat(error).hasMessage(".env:3:6: unexpected character \"$\" in variable name \"lol$wut=2\"");
  }

  @Test
  void anUnterminatedQuoteIsReportedWhereItOpens() {
    ComposeSyntaxException error = catchThrowableOfType(ComposeSyntaxException.class,
        () -> DotEnv.parse("A=1\nB = 'one\ntwo\n", ".env", null));

    assertThat(error).hasMessage(".env:2:5: unterminated quoted value 'one");
  }

  @Test
  void aKeyWithASpaceIsAnError() {
    ComposeSyntaxException error = catchThrowableOfType(ComposeSyntaxException.class,
        () -> DotEnv.parse("# c\nMY KEY=1\n", ".env", null));

    assertThat(error).hasMessage(".env:2:1: key cannot contain a space");
  }

  @Test
  void aMissingRequiredVariableNamesTheKeyAndPosition() {
    InterpolationException error = catchThrowableOfType(InterpolationException.class,
        () -> DotEnv.parse("A=1\nURL=\"http://${HOST_NAME:?set HOST_NAME}\"\n", "prod.env", SHELL::get));

    assertThat(error).hasMessage("prod.env:2:5: URL: required variable HOST_NAME is missing a value: set HOST_NAME");
  }

  @Test
  void theShellWinsOverEarlierValuesOfTheFileInsideValues() {
    assertThat(DotEnv.parse("HOST=file.local\nURL=http://$HOST\nOWN=${HOST_PORT:-80}\n", ".env", SHELL::get))
        .containsExactly(Map.entry("HOST", "file.local"), Map.entry("URL", "http://shell.local"), Map.entry("OWN", "80"));
  }

  @Test
  void whatFollowsAClosingQuoteStartsTheNextStatement() {
    assertThat(DotEnv.parse("A=\"x\" # note\nB='y' C=z\nD=\"w\"SECRET\n", ".env", SHELL::get))
        .containsExactly(Map.entry("A", "x"), Map.entry("B", "y"), Map.entry("C", "z"),
            Map.entry("D", "w"), Map.entry("SECRET", "s3cr3t"));
  }

  @Test
  void aBareKeyOnTheLastLineInherits() {
    assertThat(DotEnv.parse("A=1\nSECRET", ".env", SHELL::get))
        .containsExactly(Map.entry("A", "1"), Map.entry("SECRET", "s3cr3t"));
    assertThat(DotEnv.parse("A=1\nUNKNOWN", ".env", SHELL::get)).containsExactly(Map.entry("A", "1"));
  }

  @Test
  void windowsLineEndingsAndBomAreIgnored() {
    assertThat(DotEnv.parse("\uFEFFA=1\r\nB=\"two\"\r\n\r\nC\r\n", ".env", Map.of("C", "3")::get))
        .containsExactly(Map.entry("A", "1"), Map.entry("B", "two"), Map.entry("C", "3"));
  }

  @Test
  void dollarsAreLiteralWhenEscapedOrSingleQuoted() {
    assertThat(DotEnv.parse("A=\"\\$HOST $$HOST\"\nB='$HOST'\nC=$$HOST\nD=pa$word\n", ".env", SHELL::get))
        .containsExactly(Map.entry("A", "$HOST $HOST"), Map.entry("B", "$HOST"), Map.entry("C", "$HOST"),
            Map.entry("D", "pa"));
  }

  @Test
  void malformedOctalEscapesKeepTheirDigits() {
    assertThat(DotEnv.parse("A=\"\\0\"\nB=\"\\0400\"\nC=\"\\01x\"\nD=\"\\0101\"\n", ".env", null))
        .containsExactly(Map.entry("A", "\\"), Map.entry("B", "\\400"), Map.entry("C", "\\1x"), Map.entry("D", "A"));
  }

  @Test
  void anUnquotedHashNeedsASpaceBeforeItToStartAComment() {
    assertThat(DotEnv.parse("A=a#b\nB=a #b\nC=\t#x\n", ".env", null))
        .containsExactly(Map.entry("A", "a#b"), Map.entry("B", "a"), Map.entry("C", "#x"));
  }

  @Test
  void rawValuesAreLiteral() {
    String text = "# comment\n  A=\"$HOST\"\nB= spaced \\n \nC='one'two'\nexport_D=x=y\r\nSECRET\nNOPE\n";

    assertThat(DotEnv.parseRaw(text, "raw.env", SHELL::get)).containsExactly(
        Map.entry("A", "$HOST"), Map.entry("B", " spaced \\n "), Map.entry("C", "one'two"),
        Map.entry("export_D", "x=y"), Map.entry("SECRET", "s3cr3t"));
    assertThat(DotEnv.parseRaw("SECRET\n", "raw.env")).isEmpty();
  }

  @Test
  void rawKeysMustBeThereAndHoldNoWhitespace() {
    ComposeSyntaxException noKey = catchThrowableOfType(ComposeSyntaxException.class,
        () -> DotEnv.parseRaw("A=1\n=2\n", "raw.env"));
    ComposeSyntaxException spaced = catchThrowableOfType(ComposeSyntaxException.class,
        () -> DotEnv.parseRaw("A=1\n\nexport B=2\n", "raw.env"));

    assertThat(noKey).hasMessage("raw.env:2:1: no variable name on line '=2'");
    assertThat(spaced).hasMessage("raw.env:3:1: variable 'export B' contains whitespaces");
  }

  @Test
  void filesAreReadAsUtf8(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("app.env");
    Files.write(file, "NAME=Zoë\nRAW='x'\n".getBytes(StandardCharsets.UTF_8));

    assertThat(DotEnv.read(file, null)).containsExactly(Map.entry("NAME", "Zoë"), Map.entry("RAW", "x"));
    assertThat(DotEnv.readRaw(file, null)).containsExactly(Map.entry("NAME", "Zoë"), Map.entry("RAW", "x"));
  }

  @Test
  void aMissingOrUnreadableFileIsAFileError(@TempDir Path dir) {
    Path missing = dir.resolve("missing.env");

    ComposeFileException notFound = catchThrowableOfType(ComposeFileException.class, () -> DotEnv.read(missing, null));
    ComposeException directory = catchThrowableOfType(ComposeFileException.class, () -> DotEnv.read(dir, null));

    assertThat(notFound).hasMessage(missing + ": env file not found");
    assertThat(notFound.location()).contains(SourceLocation.ofFile(missing.toString()));
    assertThat(directory.getMessage()).startsWith(dir + ": cannot read env file: ");
  }
}
