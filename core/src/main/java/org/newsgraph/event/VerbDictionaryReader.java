package org.newsgraph.event;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TABARI/PETRARCH verb dictionary ({@code CAMEO.2.0.txt}, {@code PETR.Validate.verbs.txt}).
 *
 * <p>Synsets: {@code &NAME} followed by {@code +PHRASE} lines. Blocks: {@code --- NAME [code] ---}, then verb
 * lines ({@code VERB {IRREGULAR FORMS} [code]}, multi-word verbs mark the verb word with {@code +}:
 * {@code +CORDON_OFF}, {@code WIRE_+TAP}), then patterns {@code - WORDS * WORDS [code]} where {@code *} is the verb,
 * {@code $} the source, {@code +} the target, {@code %} a compound actor, {@code ^} a skipped noun phrase,
 * {@code &NAME} a synset, and {@code _} joins words that must be consecutive. PETRARCH2's grouping of phrases in
 * {@code ( )} and {@code { }} is read as plain words; its transformation lines ({@code ~ ...}) are skipped.
 * Patterns naming an undefined synset are skipped with a warning, as PETRARCH does.
 */
public final class VerbDictionaryReader {

  private static final Pattern HEADER = Pattern.compile("---\\s*(.*?)\\s*\\[([^]]*)](.*)");
  private static final Pattern CODE_AT_END = Pattern.compile("(.*?)\\[([^]]*)]\\s*(.*)");

  private final ParseMode mode;
  private final Consumer<String> warnings;

  public VerbDictionaryReader(ParseMode mode, Consumer<String> warnings) {
    this.mode = mode;
    this.warnings = warnings;
  }

  private record RawPattern(String text, EventCode code, int line) {}

  private static final class Block {
    final String name;
    final EventCode code;
    final int line;
    final List<VerbForm> verbs = new ArrayList<>();
    final List<RawPattern> patterns = new ArrayList<>();

    Block(String name, EventCode code, int line) {
      this.name = name;
      this.code = code;
      this.line = line;
    }
  }

  /** Reads a whole verb dictionary; {@code source} names it in errors. */
  public VerbDictionary read(String source, Reader reader) {
    Map<String, List<List<String>>> synsets = new LinkedHashMap<>();
    Map<String, List<String>> rawSynsets = new LinkedHashMap<>();
    List<Block> blocks = new ArrayList<>();
    Set<String> singularSynsets = new HashSet<>();
    String synset = null;
    Block block = null;
    for (DictionaryLine line : new DictionaryLines(source, mode, warnings).read(reader)) {
      String text = line.text();
      if (text.startsWith("~")) {
        continue;
      }
      if (text.startsWith("&")) {
        String label = text.split("\\s+")[0];
        synset = synsetName(label);
        rawSynsets.put(synset, new ArrayList<>());
        if (label.endsWith("_")) {
          singularSynsets.add(synset);
        }
        block = null;
      } else if (text.startsWith("+") && synset != null) {
        rawSynsets.get(synset).add(text.substring(1).strip());
      } else if (text.startsWith("---")) {
        synset = null;
        block = header(source, line.number(), text);
        blocks.add(block);
      } else if (text.startsWith("-")) {
        synset = null;
        if (block == null) {
          throw new DictionaryFormatException(source, line.number(), "pattern outside a verb block");
        }
        Matcher m = CODE_AT_END.matcher(text.substring(1));
        if (!m.matches()) {
          lenient(source, line.number(), "pattern without a [code]; skipped");
          continue;
        }
        if (!m.group(3).isBlank()) {
          lenient(source, line.number(), "ignored '" + m.group(3).strip() + "' after the pattern's code");
        }
        block.patterns.add(new RawPattern(m.group(1).strip(), EventCode.parse(m.group(2)), line.number()));
      } else {
        synset = null;
        if (block == null) {
          throw new DictionaryFormatException(source, line.number(), "verb '" + text + "' outside a verb block");
        }
        block.verbs.add(verb(source, line.number(), text));
      }
    }
    rawSynsets.forEach((name, members) -> synsets.put(name,
        expand(source, name, members, rawSynsets, singularSynsets, 0)));
    List<VerbBlock> result = new ArrayList<>();
    for (Block b : blocks) {
      List<VerbPattern> patterns = new ArrayList<>();
      for (RawPattern raw : b.patterns) {
        VerbPattern pattern = pattern(source, raw, synsets);
        if (pattern != null) {
          patterns.add(pattern);
        }
      }
      result.add(new VerbBlock(b.name, b.code, b.verbs, patterns, b.line));
    }
    return new VerbDictionary(result);
  }

  private static String synsetName(String token) {
    String name = token.toUpperCase(Locale.ROOT);
    return name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
  }

  /** A synset's phrases, with the regular plural of each unless the label or the phrase ends in {@code _}. */
  private List<List<String>> expand(String source, String name, List<String> members,
      Map<String, List<String>> raw, Set<String> singular, int depth) {
    List<List<String>> phrases = new ArrayList<>();
    for (String member : members) {
      if (member.startsWith("&")) {
        String inner = synsetName(member);
        if (mode == ParseMode.STRICT) {
          throw new DictionaryFormatException(source, 0, "synset " + name + " contains synset " + inner);
        }
        warnings.accept(source + ": synset " + name + " contains synset " + inner + "; expanded");
        if (raw.containsKey(inner) && depth < 4) {
          phrases.addAll(expand(source, inner, raw.get(inner), raw, singular, depth + 1));
        }
      } else {
        List<String> words = Phrases.words(member);
        if (!words.isEmpty()) {
          phrases.add(words);
          if (!singular.contains(name) && !member.endsWith("_")) {
            List<String> plural = new ArrayList<>(words);
            plural.set(plural.size() - 1, Phrases.plural(words.get(words.size() - 1)));
            phrases.add(List.copyOf(plural));
          }
        }
      }
    }
    return phrases;
  }

  private Block header(String source, int line, String text) {
    Matcher m = HEADER.matcher(text);
    if (!m.matches()) {
      throw new DictionaryFormatException(source, line, "expected '--- NAME [code] ---', found '" + text + "'");
    }
    String rest = m.group(3).strip();
    if (!rest.equals("---")) {
      lenient(source, line, "verb block header ends with '" + rest + "' instead of '---'");
    }
    return new Block(m.group(1), EventCode.parse(m.group(2)), line);
  }

  private VerbForm verb(String source, int line, String text) {
    String body = text;
    EventCode code = null;
    Matcher m = CODE_AT_END.matcher(body);
    if (m.matches()) {
      code = EventCode.parse(m.group(2));
      body = m.group(1);
    }
    List<String> irregular = new ArrayList<>();
    int brace = body.indexOf('{');
    if (brace >= 0) {
      int close = body.indexOf('}', brace);
      if (close < 0) {
        throw new DictionaryFormatException(source, line, "unclosed '{' in verb '" + text + "'");
      }
      for (String form : body.substring(brace + 1, close).replace(",", " ").split("\\s+")) {
        if (!form.isBlank()) {
          irregular.add(form);
        }
      }
      body = body.substring(0, brace);
    }
    List<String> words = Phrases.words(body.replace("+", " +"));
    int verbIndex = 0;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).startsWith("+")) {
        verbIndex = i;
      }
    }
    List<String> clean = words.stream().map(w -> w.replace("+", "")).filter(w -> !w.isEmpty()).toList();
    if (clean.isEmpty()) {
      throw new DictionaryFormatException(source, line, "empty verb line");
    }
    verbIndex = Math.min(verbIndex, clean.size() - 1);
    String base = clean.get(verbIndex);
    Set<String> forms = new HashSet<>(regularForms(base));
    for (String form : irregular) {
      List<String> formWords = Phrases.words(form.replace("+", " +"));
      for (String w : formWords) {
        if (w.startsWith("+") || formWords.size() == 1) {
          forms.add(w.replace("+", ""));
        }
      }
    }
    return new VerbForm(base, forms, clean.subList(0, verbIndex), clean.subList(verbIndex + 1, clean.size()),
        code, line);
  }

  /** The regular English forms of a verb: itself, -S, -ED, -ING. */
  static Set<String> regularForms(String base) {
    Set<String> forms = new HashSet<>();
    forms.add(base);
    boolean consonantY = base.endsWith("Y") && base.length() > 1
        && "AEIOU".indexOf(base.charAt(base.length() - 2)) < 0;
    String stem = consonantY ? base.substring(0, base.length() - 1) + "I" : base;
    forms.add(Phrases.plural(base));
    forms.add(base.endsWith("E") ? base + "D" : stem + "ED");
    forms.add((base.endsWith("E") && !base.endsWith("EE") ? base.substring(0, base.length() - 1) : base) + "ING");
    return forms;
  }

  private VerbPattern pattern(String source, RawPattern raw, Map<String, List<List<String>>> synsets) {
    String text = raw.text().replaceAll("[(){}]", " ").strip();
    List<PatternElement> before = new ArrayList<>();
    List<PatternElement> after = new ArrayList<>();
    boolean seenVerb = false;
    boolean verbJoined = false;
    for (String chunk : text.split("\\s+")) {
      String[] parts = chunk.split("_", -1);
      for (int i = 0; i < parts.length; i++) {
        String part = parts[i];
        boolean joined = i < parts.length - 1 && !parts[i + 1].isEmpty();
        if (part.isEmpty()) {
          continue;
        }
        if (part.equals("*") || part.equals("**")) {
          if (seenVerb) {
            lenient(source, raw.line(), "pattern has two verbs ('*'); skipped");
            return null;
          }
          seenVerb = true;
          verbJoined = joined;
          continue;
        }
        PatternElement element = element(source, raw.line(), part, joined, synsets);
        if (element == null) {
          return null;
        }
        (seenVerb ? after : before).add(element);
      }
    }
    if (!seenVerb) {
      lenient(source, raw.line(), "pattern without '*' for the verb; skipped");
      return null;
    }
    return new VerbPattern(before, after, verbJoined, raw.code(), raw.line());
  }

  private PatternElement element(String source, int line, String part, boolean joined,
      Map<String, List<List<String>>> synsets) {
    switch (part) {
      case "$":
        return new PatternElement(PatternElement.Kind.SOURCE, List.of(), joined);
      case "+":
        return new PatternElement(PatternElement.Kind.TARGET, List.of(), joined);
      case "%":
        return new PatternElement(PatternElement.Kind.COMPOUND, List.of(), joined);
      case "^":
        return new PatternElement(PatternElement.Kind.SKIP, List.of(), joined);
      default:
        break;
    }
    if (part.startsWith("&")) {
      List<List<String>> phrases = synsets.get(synsetName(part));
      if (phrases == null) {
        warnings.accept(source + ":" + line + ": undefined synset " + part + "; pattern skipped");
        return null;
      }
      return new PatternElement(PatternElement.Kind.WORDS, phrases, joined);
    }
    return new PatternElement(PatternElement.Kind.WORDS, List.of(List.of(Phrases.word(part))), joined);
  }

  private void lenient(String source, int line, String message) {
    if (mode == ParseMode.STRICT) {
      throw new DictionaryFormatException(source, line, message);
    }
    warnings.accept(source + ":" + line + ": " + message);
  }
}
