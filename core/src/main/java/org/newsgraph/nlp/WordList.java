package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a word list shipped as a resource beside a stage's classes: one entry a line, {@code #} starts a comment. */
public final class WordList {

  private WordList() {}

  /** The entries of {@code resource}, resolved against the package of {@code owner}. */
  public static List<String> lines(Class<?> owner, String resource) {
    InputStream in = owner.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("word list " + resource + " is missing beside " + owner.getName());
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

  /** The entries of {@code resource} beside {@code owner}, lower-cased, as a set for lookups. */
  public static Set<String> lowerCased(Class<?> owner, String resource) {
    return lines(owner, resource).stream().map(line -> line.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The rows of a tab-separated {@code resource} beside {@code owner}, each with at least {@code columns} cells
   * (empty cells kept); blank lines and {@code #} comments are skipped, and a short row fails naming its line.
   */
  public static List<String[]> rows(Class<?> owner, String resource, int columns) {
    InputStream in = owner.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("data file " + resource + " is missing beside " + owner.getName());
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length < columns) {
          throw new IllegalStateException(resource + " line " + number + ": expected " + columns
              + " tab-separated cells, got \"" + line + "\"");
        }
        rows.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + resource, e);
    }
    return List.copyOf(rows);
  }
}
