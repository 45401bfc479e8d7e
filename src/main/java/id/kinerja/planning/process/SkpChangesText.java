package id.kinerja.planning.process;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed in an SKP between two of its summaries ({@link SkpSummaryText}): the lines that went ("− …") and
 * came ("+ …"), in order, from the longest common sequence of lines. For the supervisor's second look at a returned
 * SKP; empty when nothing changed.
 */
final class SkpChangesText {

  static final String REMOVED = "− ";
  static final String ADDED = "+ ";

  private SkpChangesText() {
  }

  static List<String> between(String before, String after) {
    List<String> old = lines(before);
    List<String> now = lines(after);
    int[][] common = new int[old.size() + 1][now.size() + 1];
    for (int i = old.size() - 1; i >= 0; i--) {
      for (int j = now.size() - 1; j >= 0; j--) {
        common[i][j] = old.get(i).equals(now.get(j)) ? common[i + 1][j + 1] + 1
            : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> changes = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < old.size() || j < now.size()) {
      if (i < old.size() && j < now.size() && old.get(i).equals(now.get(j))) {
        i++;
        j++;
      } else if (i < old.size() && (j == now.size() || common[i + 1][j] >= common[i][j + 1])) {
        changes.add(REMOVED + old.get(i++));
      } else {
        changes.add(ADDED + now.get(j++));
      }
    }
    return changes;
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    if (text != null) {
      for (String line : text.split("\n")) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty()) {
          lines.add(trimmed);
        }
      }
    }
    return lines;
  }
}
