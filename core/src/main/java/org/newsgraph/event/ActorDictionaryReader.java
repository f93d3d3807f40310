package org.newsgraph.event;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TABARI/PETRARCH actor dictionary: a phrase with an optional {@code [CODE]}, synonyms on lines starting
 * with {@code +}, then date restrictions on their own lines: {@code [CODE]}, {@code [CODE <date]},
 * {@code [CODE >date]}, {@code [CODE date-date]}.
 */
public final class ActorDictionaryReader {

  private static final Pattern RESTRICTION =
      Pattern.compile("\\[\\s*(\\S+?)\\s*(?:([<>])\\s*(\\d+)|(\\d+)\\s*-\\s*(\\d+))?\\s*]");

  private final ParseMode mode;
  private final Consumer<String> warnings;

  public ActorDictionaryReader(ParseMode mode, Consumer<String> warnings) {
    this.mode = mode;
    this.warnings = warnings;
  }

  /** Reads all records of one file; {@code source} names it in errors. */
  public List<ActorEntry> read(String source, Reader reader) {
    List<ActorEntry> entries = new ArrayList<>();
    Record current = null;
    for (DictionaryLine line : new DictionaryLines(source, mode, warnings).read(reader)) {
      String text = line.text();
      if (text.startsWith("+")) {
        if (current == null) {
          throw new DictionaryFormatException(source, line.number(), "synonym before any actor phrase");
        }
        Phrase phrase = phrase(source, line.number(), text.substring(1));
        current.synonyms.add(phrase.words);
        current.restrictions.addAll(phrase.codes);
      } else if (text.startsWith("[")) {
        if (current == null) {
          throw new DictionaryFormatException(source, line.number(), "date restriction before any actor phrase");
        }
        current.restrictions.addAll(codes(source, line.number(), text));
      } else {
        if (current != null) {
          current.addTo(entries);
        }
        Phrase phrase = phrase(source, line.number(), text);
        current = new Record(phrase.words, line.number());
        // "ANN_VENEMAN_ [USAGOV 010120-050120] [IGOUNOKID >050501]": every code on the line counts, in order.
        for (int i = 0; i < phrase.codes.size(); i++) {
          DatedCode code = phrase.codes.get(i);
          if (i == 0 && code.isUndated()) {
            current.defaultCode = code.code();
          } else {
            current.restrictions.add(code);
          }
        }
      }
    }
    if (current != null) {
      current.addTo(entries);
    }
    return entries;
  }

  private record Phrase(List<String> words, List<DatedCode> codes) {}

  private Phrase phrase(String source, int line, String text) {
    int bracket = text.indexOf('[');
    String words = bracket < 0 ? text : text.substring(0, bracket);
    List<DatedCode> codes = bracket < 0 ? List.of() : codes(source, line, text.substring(bracket));
    List<String> parsed = Phrases.words(words);
    if (parsed.isEmpty()) {
      throw new DictionaryFormatException(source, line, "empty actor phrase");
    }
    return new Phrase(parsed, codes);
  }

  private List<DatedCode> codes(String source, int line, String text) {
    List<DatedCode> codes = new ArrayList<>();
    Matcher m = RESTRICTION.matcher(text);
    int end = 0;
    while (m.find()) {
      if (!text.substring(end, m.start()).isBlank()) {
        unexpected(source, line, text.substring(end, m.start()));
      }
      end = m.end();
      try {
        codes.add(restriction(m, source, line));
      } catch (DictionaryFormatException e) {
        if (mode == ParseMode.STRICT) {
          throw e;
        }
        warnings.accept(e.getMessage() + "; restriction skipped");
      }
    }
    if (codes.isEmpty() && end == 0) {
      if (mode == ParseMode.STRICT || !text.startsWith("[")) {
        throw new DictionaryFormatException(source, line, "expected a code in [ ], found '" + text + "'");
      }
      warnings.accept(source + ":" + line + ": unreadable restriction '" + text + "' skipped");
      return codes;
    }
    if (!text.substring(end).isBlank()) {
      unexpected(source, line, text.substring(end));
    }
    return codes;
  }

  private static DatedCode restriction(Matcher m, String source, int line) {
    LocalDate from = null;
    LocalDate to = null;
    if (m.group(2) != null) {
      LocalDate date = DictionaryDates.parse(m.group(3), source, line);
      if (m.group(2).equals("<")) {
        to = date;
      } else {
        from = date;
      }
    } else if (m.group(4) != null) {
      from = DictionaryDates.parse(m.group(4), source, line);
      to = DictionaryDates.parse(m.group(5), source, line);
    }
    return new DatedCode(m.group(1), from, to);
  }

  private void unexpected(String source, int line, String text) {
    if (mode == ParseMode.STRICT) {
      throw new DictionaryFormatException(source, line, "unexpected text '" + text.strip() + "' around a code");
    }
    warnings.accept(source + ":" + line + ": ignored '" + text.strip() + "'");
  }

  private static final class Record {
    final List<String> primary;
    final int line;
    final List<List<String>> synonyms = new ArrayList<>();
    final List<DatedCode> restrictions = new ArrayList<>();
    String defaultCode;

    Record(List<String> primary, int line) {
      this.primary = primary;
      this.line = line;
    }

    void addTo(List<ActorEntry> entries) {
      ActorCodes codes = new ActorCodes(defaultCode, restrictions);
      entries.add(new ActorEntry(primary, primary, codes, line));
      for (List<String> synonym : synonyms) {
        entries.add(new ActorEntry(synonym, primary, codes, line));
      }
    }
  }
}
