package org.newsgraph.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the entity stage's hand-written word lists in {@code org/newsgraph/entity/}: tab-separated, # comments. */
final class WordLists {

  private WordLists() {}

  static List<String[]> rows(String resource, int columns) {
    InputStream in = WordLists.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource org/newsgraph/entity/" + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length < columns) {
          throw new IllegalStateException(resource + ": expected " + columns + " columns in line: " + line);
        }
        rows.add(fields);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
