package org.newsgraph.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a word list shipped beside this package: one entry a line, {@code #} starts a comment line. */
final class WordList {

  private WordList() {}

  static List<String> lines(String resource) {
    InputStream in = WordList.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("word list " + resource + " is missing from org/newsgraph/time");
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(trimmed);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
    return List.copyOf(lines);
  }
}
