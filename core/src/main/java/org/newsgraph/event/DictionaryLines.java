package org.newsgraph.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits a TABARI/PETRARCH dictionary into meaningful lines: removes {@code <!-- -->} comments (also across
 * lines), {@code #} and {@code ;} comments outside square brackets (codes such as {@code [###]} contain
 * {@code #}), and blank lines.
 */
public final class DictionaryLines {

  private final String source;
  private final ParseMode mode;
  private final Consumer<String> warnings;

  public DictionaryLines(String source, ParseMode mode, Consumer<String> warnings) {
    this.source = source;
    this.mode = mode;
    this.warnings = warnings;
  }

  /** Reads every meaningful line of {@code reader}. */
  public List<DictionaryLine> read(Reader reader) {
    List<DictionaryLine> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      String raw;
      int number = 0;
      boolean inComment = false;
      while ((raw = in.readLine()) != null) {
        number++;
        StringBuilder kept = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
          if (inComment) {
            int close = raw.indexOf("-->", i);
            if (close < 0) {
              i = raw.length();
            } else {
              inComment = false;
              i = close + 3;
            }
          } else {
            int open = raw.indexOf("<!--", i);
            int sloppy = raw.indexOf("<! --", i);
            if (sloppy >= 0 && (open < 0 || sloppy < open)) {
              if (mode == ParseMode.STRICT) {
                throw new DictionaryFormatException(source, number, "malformed comment opener '<! --'");
              }
              warnings.accept(source + ":" + number + ": read '<! --' as a comment opener");
              open = sloppy;
            }
            if (open < 0) {
              kept.append(raw, i, raw.length());
              i = raw.length();
            } else {
              kept.append(raw, i, open);
              inComment = true;
              i = open + (open == sloppy ? 5 : 4);
            }
          }
        }
        String text = stripLineComment(kept.toString()).strip();
        if (!text.isEmpty()) {
          boolean indented = !raw.isEmpty() && Character.isWhitespace(raw.charAt(0));
          lines.add(new DictionaryLine(number, text, indented));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
    return lines;
  }

  private static String stripLineComment(String line) {
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth = Math.max(0, depth - 1);
      } else if ((c == '#' || c == ';') && depth == 0) {
        return line.substring(0, i);
      }
    }
    return line;
  }
}
