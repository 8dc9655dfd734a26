package dev.phoenix.core.compose.internal.yaml;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeSyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlVersionException;

/**
 * Turns snakeyaml-engine's exceptions into {@link ComposeSyntaxException}s: the position as
 * {@code file:line:column}, and the parser's problem in one line, without its source snippet and
 * with its token names put in words.
 */
final class SyntaxErrors {
  private static final Pattern INDENTATION_HINT = Pattern.compile("\\.?\\s*\\(Do not use .* for indentation\\)");
  private static final String TAB = "'\\t(TAB)'";
  private static final String[][] TOKEN_WORDS = {
      {"'<block mapping start>'", "the start of a mapping"},
      {"'<block sequence start>'", "the start of a sequence"},
      {"'<block end>'", "the end of a block"},
      {"<block end>", "the end of the block"},
      {"'<stream end>'", "the end of the file"},
      {"<stream end>", "the end of the file"},
      {"end of stream", "end of the file"},
      {"'<scalar>'", "a scalar"},
      {"'?'", "a mapping key"},
  };

  private SyntaxErrors() {
  }

  static ComposeSyntaxException from(YamlEngineException exception, String file, String content, String yamlPath) {
    if (exception instanceof MarkedYamlEngineException marked) {
      return marked(marked, file, yamlPath);
    }
    if (exception instanceof ReaderException reader) {
      String detail = String.format("character U+%04X is not allowed in YAML", reader.getCodePoint());
      return new ComposeSyntaxException(locate(file, content, reader.getPosition()), yamlPath, detail, exception);
    }
    if (exception instanceof YamlVersionException version) {
      String detail = "unsupported YAML version " + version.getSpecVersion().getRepresentation() + " (1.x is required)";
      return new ComposeSyntaxException(SourceLocation.ofFile(file), yamlPath, detail, exception);
    }
    return new ComposeSyntaxException(SourceLocation.ofFile(file), yamlPath, oneLine(exception.getMessage()), exception);
  }

  /**
   * The error for a {@code \U} escape whose eight hex digits overflow, which snakeyaml-engine
   * reports as a bare {@link NumberFormatException} naming the digits.
   */
  static ComposeSyntaxException escape(NumberFormatException exception, String file, String content, String yamlPath) {
    String message = String.valueOf(exception.getMessage());
    int open = message.indexOf('"');
    int close = message.indexOf('"', open + 1);
    String digits = open >= 0 && close > open ? message.substring(open + 1, close) : "";
    int at = digits.isEmpty() ? -1 : content.indexOf("\\U" + digits);
    SourceLocation location = at < 0 ? SourceLocation.ofFile(file)
        : locate(file, content, content.codePointCount(0, at));
    String detail = "found unknown escape character " + (digits.isEmpty() ? "" : "\\U" + digits + " ")
        + "in a double-quoted scalar";
    return new ComposeSyntaxException(location, yamlPath, detail, exception);
  }

  private static ComposeSyntaxException marked(MarkedYamlEngineException exception, String file, String yamlPath) {
    Optional<Mark> problemMark = exception.getProblemMark();
    Optional<Mark> contextMark = exception.getContextMark();
    Mark at = problemMark.or(() -> contextMark).orElse(null);
    SourceLocation location = at == null ? SourceLocation.ofFile(file)
        : new SourceLocation(file, at.getLine() + 1, at.getColumn() + 1);
    String problem = exception.getProblem();
    StringBuilder detail = new StringBuilder(clean(problem != null ? problem : exception.getContext()));
    // "while scanning a quoted scalar" helps only with the place where that scalar started.
    if (problem != null && exception.getContext() != null && contextMark.isPresent() && contextMark.get() != at) {
      Mark start = contextMark.get();
      detail.append(" (").append(exception.getContext()).append(" that starts at line ")
          .append(start.getLine() + 1).append(", column ").append(start.getColumn() + 1).append(')');
    }
    return new ComposeSyntaxException(location, yamlPath, detail.toString(), exception);
  }

  private static String clean(String problem) {
    String text = problem;
    boolean tab = text.contains(TAB);
    text = INDENTATION_HINT.matcher(text).replaceAll("");
    if (tab) {
      text = text.replace("found character " + TAB, "found a tab character")
          .replace(TAB, "a tab character") + " (YAML does not allow tabs for indentation)";
    }
    for (String[] words : TOKEN_WORDS) {
      text = text.replace(words[0], words[1]);
    }
    return oneLine(text);
  }

  private static String oneLine(String text) {
    if (text == null || text.isBlank()) {
      return "invalid YAML";
    }
    String line = text.strip().replace('\n', ' ').replace("\t", "\\t");
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }

  /** The line and column of a code point index, for the reader errors that carry only an index. */
  private static SourceLocation locate(String file, String content, int codePointIndex) {
    int line = 1;
    int column = 1;
    int index = 0;
    for (int i = 0; i < content.length() && index < codePointIndex; i += Character.charCount(content.codePointAt(i))) {
      if (content.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      index++;
    }
    return new SourceLocation(file, line, column);
  }
}
