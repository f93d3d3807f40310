package org.newsgraph.framing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a data file shipped beside this package: tab-separated columns, {@code #} starts a comment line. */
final class DataFile {

  private DataFile() {}

  /** The rows of {@code resource}, each with exactly {@code columns} cells; a malformed row fails naming the line. */
  static List<String[]> rows(String resource, int columns) {
    InputStream in = DataFile.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("data file " + resource + " is missing from org/newsgraph/framing");
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] cells = trimmed.split("\t");
        if (cells.length != columns) {
          throw new IllegalStateException(
              resource + " line " + number + ": expected " + columns + " tab-separated cells, got \"" + line + "\"");
        }
        rows.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + resource, e);
    }
    return List.copyOf(rows);
  }
}
