package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A run of non-blank source lines; its text joins the tidied lines with single newlines. */
record Paragraph(List<Line> lines) {

  Paragraph {
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a paragraph has at least one line");
    }
  }

  int start() {
    return lines.get(0).start();
  }

  int end() {
    return lines.get(lines.size() - 1).end();
  }

  String text() {
    return lines.stream().map(Line::text).collect(Collectors.joining("\n"));
  }

  boolean isSingleLine() {
    return lines.size() == 1;
  }

  /**
   * The paragraphs of a text: blank lines separate them. A text with no blank line at all is taken to hold one
   * paragraph a line, as text copied from web pages often does.
   */
  static List<Paragraph> split(List<Line> lines) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    boolean separated = hasInnerBlankLine(lines);
    for (Line line : lines) {
      if (line.isBlank() || !separated) {
        if (!current.isEmpty()) {
          paragraphs.add(new Paragraph(current));
          current = new ArrayList<>();
        }
        if (line.isBlank()) {
          continue;
        }
      }
      current.add(line);
    }
    if (!current.isEmpty()) {
      paragraphs.add(new Paragraph(current));
    }
    return paragraphs;
  }

  private static boolean hasInnerBlankLine(List<Line> lines) {
    int first = 0;
    int last = lines.size() - 1;
    while (first <= last && lines.get(first).isBlank()) {
      first++;
    }
    while (last >= first && lines.get(last).isBlank()) {
      last--;
    }
    for (int i = first; i <= last; i++) {
      if (lines.get(i).isBlank()) {
        return true;
      }
    }
    return false;
  }
}
