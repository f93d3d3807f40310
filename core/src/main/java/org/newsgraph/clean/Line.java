package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a source text: where it stands ({@code [start, end)}, without its terminator) and its tidied text.
 *
 * @param text the line after {@link Whitespace#line}; empty for a blank line
 */
record Line(int start, int end, String text) {

  boolean isBlank() {
    return text.isEmpty();
  }

  /** The lines of {@code source}, ended by {@code \n}, {@code \r\n}, {@code \r} or a Unicode line separator. */
  static List<Line> split(String source) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        lines.add(new Line(start, i, Whitespace.line(source.substring(start, i))));
        i += c == '\r' && i + 1 < source.length() && source.charAt(i + 1) == '\n' ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < source.length()) {
      lines.add(new Line(start, source.length(), Whitespace.line(source.substring(start))));
    }
    return lines;
  }
}
