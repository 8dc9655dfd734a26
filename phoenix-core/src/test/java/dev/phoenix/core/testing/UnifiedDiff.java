package dev.phoenix.core.testing;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts, line by line, so a failing golden test shows what changed. */
public final class UnifiedDiff {
  private static final int CONTEXT = 2;

  private UnifiedDiff() {
  }

  public static String of(String expectedName, String expected, String actualName, String actual) {
    List<String> a = lines(expected);
    List<String> b = lines(actual);
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
            : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> ops = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        ops.add(" " + a.get(i++));
        j++;
      } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
        ops.add("+" + b.get(j++));
      } else {
        ops.add("-" + a.get(i++));
      }
    }
    StringBuilder out = new StringBuilder("--- ").append(expectedName).append("\n+++ ").append(actualName).append('\n');
    for (int k = 0; k < ops.size(); k++) {
      if (near(ops, k)) {
        out.append(ops.get(k)).append('\n');
      } else if (k > 0 && near(ops, k - 1)) {
        out.append("@@\n");
      }
    }
    return out.toString();
  }

  private static boolean near(List<String> ops, int k) {
    for (int d = Math.max(0, k - CONTEXT); d <= Math.min(ops.size() - 1, k + CONTEXT); d++) {
      if (!ops.get(d).startsWith(" ")) {
        return true;
      }
    }
    return false;
  }

  /** Lines with their line breaks made visible, so a CRLF or a missing final newline shows. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int lf = text.indexOf('\n', start);
      String line = lf < 0 ? text.substring(start) + "\\ no newline at end" : text.substring(start, lf + 1);
      lines.add(line.replace("\r\n", "\\r\\n").replace("\n", ""));
      start = lf < 0 ? text.length() : lf + 1;
    }
    return lines;
  }
}
