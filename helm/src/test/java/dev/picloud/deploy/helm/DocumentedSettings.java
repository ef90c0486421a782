package dev.picloud.deploy.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables docs/configuration.md documents: the first cell of every table row, outside the section
 * about the test suite's own variables.
 */
final class DocumentedSettings {
  private static final Path DOC = Path.of("..", "docs", "configuration.md");
  private static final Pattern ROW = Pattern.compile("^\\| `([A-Z][A-Z0-9_]*)` \\|");

  private DocumentedSettings() {}

  static Set<String> names() {
    Set<String> names = new TreeSet<>();
    String section = "";
    try {
      for (String line : Files.readAllLines(DOC)) {
        if (line.startsWith("## ")) {
          section = line.substring(3).trim();
        }
        Matcher row = ROW.matcher(line);
        if (row.find() && !section.equals("Tests")) {
          names.add(row.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }
}
