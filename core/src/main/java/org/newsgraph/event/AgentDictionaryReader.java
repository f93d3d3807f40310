package org.newsgraph.event;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TABARI/PETRARCH agent dictionary: {@code PHRASE {plurals} [~CODE]}. Regular plurals of the last word
 * are generated unless {@code { }} lists the plural forms (empty: none); substitution sets
 * {@code !PERSON! = MAN, MEN} expand a marker into each listed word, without plurals.
 */
public final class AgentDictionaryReader {

  private static final Pattern SUBSTITUTION = Pattern.compile("(![A-Z]+!)\\s*=\\s*(.+)");
  private static final Pattern ENTRY = Pattern.compile("([^{\\[]+?)\\s*(?:\\{([^}]*)})?\\s*\\[\\s*([^]]*?)\\s*](.*)");
  private static final Pattern MARKER = Pattern.compile("![A-Z]+!");

  private final ParseMode mode;
  private final Consumer<String> warnings;

  public AgentDictionaryReader(ParseMode mode, Consumer<String> warnings) {
    this.mode = mode;
    this.warnings = warnings;
  }

  /** Reads all entries of one file; {@code source} names it in errors. */
  public List<AgentEntry> read(String source, Reader reader) {
    Map<String, List<String>> substitutions = new HashMap<>();
    List<AgentEntry> entries = new ArrayList<>();
    for (DictionaryLine line : new DictionaryLines(source, mode, warnings).read(reader)) {
      String text = line.text();
      Matcher sub = SUBSTITUTION.matcher(text);
      if (sub.matches()) {
        List<String> items = new ArrayList<>();
        for (String item : sub.group(2).split(",")) {
          if (!item.isBlank()) {
            items.add(item.strip().toUpperCase(java.util.Locale.ROOT));
          }
        }
        substitutions.put(sub.group(1), List.copyOf(items));
        continue;
      }
      Matcher m = ENTRY.matcher(text);
      if (!m.matches() && mode == ParseMode.LENIENT) {
        // Hand-edited files close a code with '}' now and then: [~ENV}.
        m = ENTRY.matcher(text.replaceFirst("\\[([^]{}]*)}", "[$1]"));
        if (m.matches()) {
          warnings.accept(source + ":" + line.number() + ": read a code closed by '}'");
        }
      }
      if (!m.matches()) {
        String message = "expected 'PHRASE {plurals} [~CODE]', found '" + text + "'";
        if (mode == ParseMode.STRICT || text.contains("[")) {
          throw new DictionaryFormatException(source, line.number(), message);
        }
        warnings.accept(source + ":" + line.number() + ": " + message + "; skipped");
        continue;
      }
      if (!m.group(4).isBlank()) {
        lenient(source, line.number(), "ignored '" + m.group(4).strip() + "' after the code");
      }
      String rawCode = m.group(3).replace(" ", "");
      boolean prefix = rawCode.endsWith("~") && !rawCode.startsWith("~");
      if (!rawCode.contains("~")) {
        lenient(source, line.number(), "agent code '" + rawCode + "' has no '~'; read as a suffix");
      }
      String code = rawCode.replace("~", "");
      String phrase = m.group(1).toUpperCase(java.util.Locale.ROOT);
      Matcher marker = MARKER.matcher(phrase);
      if (marker.find()) {
        List<String> items = substitutions.get(marker.group());
        if (items == null) {
          lenient(source, line.number(), "undefined substitution marker " + marker.group() + "; entry skipped");
          continue;
        }
        for (String item : items) {
          String expanded = phrase.replace(marker.group(), item);
          entries.add(new AgentEntry(Phrases.words(expanded), code, prefix, line.number()));
        }
        continue;
      }
      List<String> words = Phrases.words(phrase);
      if (words.isEmpty()) {
        throw new DictionaryFormatException(source, line.number(), "empty agent phrase");
      }
      entries.add(new AgentEntry(words, code, prefix, line.number()));
      if (m.group(2) == null) {
        List<String> plural = new ArrayList<>(words);
        plural.set(plural.size() - 1, Phrases.plural(words.get(words.size() - 1)));
        entries.add(new AgentEntry(plural, code, prefix, line.number()));
      } else {
        for (String form : m.group(2).strip().split("\\s+")) {
          if (!form.isEmpty()) {
            entries.add(new AgentEntry(Phrases.words(form), code, prefix, line.number()));
          }
        }
      }
    }
    return entries;
  }

  private void lenient(String source, int line, String message) {
    if (mode == ParseMode.STRICT) {
      throw new DictionaryFormatException(source, line, message);
    }
    warnings.accept(source + ":" + line + ": " + message);
  }
}
