package dev.picloud.cli.text;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Rows printed in aligned columns under an upper-case header, two spaces apart; the last column is not padded. */
public final class Table {
  private final List<String[]> rows = new ArrayList<>();

  public Table(String... header) {
    rows.add(header);
  }

  /** Adds a row; {@code null} cells print as {@code -}. */
  public Table row(Object... cells) {
    String[] row = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      String text = cells[i] == null ? "" : String.valueOf(cells[i]);
      row[i] = text.isEmpty() ? "-" : text;
    }
    rows.add(row);
    return this;
  }

  /** Whether only the header is there. */
  public boolean isEmpty() {
    return rows.size() == 1;
  }

  public void print(PrintStream out) {
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns && i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns && i < row.length; i++) {
        line.append(row[i]);
        if (i < columns - 1) {
          line.append(" ".repeat(width[i] - row[i].length() + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
