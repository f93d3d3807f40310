package org.newsgraph.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.WordList;

/**
 * Tells a person's gender from the honorific written before a name ("Mrs. Clinton") and from the first name of a
 * full name ("Hillary Clinton"), using CoreNLP's first-name lists read from its models jar; a surname alone, a
 * first name both genders bear and a title such as "Sen." leave it unknown.
 */
public final class NameGender {

  /** CoreNLP's first-name lists, on the classpath through the models jar: name TAB MALE|FEMALE, and plain lists. */
  private static final String COMBINED = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static final String MALE_NAMES = "/edu/stanford/nlp/models/gender/male_first_names.txt";
  private static final String FEMALE_NAMES = "/edu/stanford/nlp/models/gender/female_first_names.txt";

  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\.?\\s+$");
  private static final Pattern WORD_FIRST = Pattern.compile("^(\\p{L}+)\\.?\\s+(?=\\p{Lu})");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");

  private final Map<String, Gender> firstNames;
  private final Map<String, Gender> honorifics;
  private final Set<String> courtesy;

  private NameGender(Map<String, Gender> firstNames, Map<String, Gender> honorifics, Set<String> courtesy) {
    this.firstNames = Map.copyOf(firstNames);
    this.honorifics = Map.copyOf(honorifics);
    this.courtesy = Set.copyOf(courtesy);
  }

  /** Reads the name lists; fails naming the resource when one is missing. */
  public static NameGender load() {
    Map<String, Gender> names = new HashMap<>();
    Set<String> both = new HashSet<>();
    for (String line : lines(COMBINED)) {
      String[] cells = line.split("\t");
      if (cells.length == 2 && (cells[1].equals("MALE") || cells[1].equals("FEMALE"))) {
        add(names, both, cells[0], Gender.valueOf(cells[1]));
      }
    }
    lines(MALE_NAMES).forEach(name -> add(names, both, name, Gender.MALE));
    lines(FEMALE_NAMES).forEach(name -> add(names, both, name, Gender.FEMALE));
    both.addAll(WordList.rows(NameGender.class, "unisex-first-names.txt", 1).stream().map(r -> r[0].trim())
        .toList());
    both.forEach(names::remove);
    Map<String, Gender> honorifics = new HashMap<>();
    Set<String> courtesy = new HashSet<>();
    for (String[] row : WordList.rows(NameGender.class, "honorifics.tsv", 3)) {
      honorifics.put(row[0].trim(), Gender.valueOf(row[1].trim()));
      if (row[2].trim().equals("yes")) {
        courtesy.add(row[0].trim());
      }
    }
    return new NameGender(names, honorifics, courtesy);
  }

  private static void add(Map<String, Gender> names, Set<String> both, String name, Gender gender) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    Gender before = names.putIfAbsent(key, gender);
    if (before != null && before != gender) {
      both.add(key);
    }
  }

  private static java.util.List<String> lines(String resource) {
    InputStream in = NameGender.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource + " (CoreNLP's models jar on the classpath)");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The gender of a first name ("Hillary"; "Jean-Claude" by its first part), unknown when both bear it. */
  public Gender ofFirstName(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    Gender gender = firstNames.get(lower);
    if (gender == null && lower.indexOf('-') > 0) {
      gender = firstNames.get(lower.substring(0, lower.indexOf('-')));
    }
    return gender == null ? Gender.UNKNOWN : gender;
  }

  /** The gender the word right before {@code offset} gives when it is an honorific ("Mrs." of "Mrs. Clinton"). */
  public Gender honorificBefore(String text, int offset) {
    int from = Math.max(0, offset - 16);
    Matcher m = WORD_BEFORE.matcher(text.substring(from, offset));
    // A lower-case word is no honorific: "fans miss Lind".
    if (!m.find() || !Character.isUpperCase(m.group(1).codePointAt(0))) {
      return Gender.UNKNOWN;
    }
    return honorifics.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), Gender.UNKNOWN);
  }

  /** How many characters of a name are a courtesy title the recognizer took in ("Mr. " of "Mr. Marlowe"), or 0. */
  public int honorificLength(String name) {
    Matcher m = WORD_FIRST.matcher(name);
    return m.find() && courtesy.contains(m.group(1).toLowerCase(Locale.ROOT)) ? m.end() : 0;
  }

  /**
   * The gender one mention of a person tells: its honorific, written before it or as its first word ("Queen
   * Margrethe"), else the first name when the mention is a full name
   * (a single word is most often a surname, and surnames are first names too: "Clinton", "Jordan").
   */
  public Gender ofMention(String text, int start, String name) {
    Gender honorific = honorificBefore(text, start);
    Matcher first = WORD_FIRST.matcher(name);
    if (honorific == Gender.UNKNOWN && first.find()) {
      honorific = honorifics.getOrDefault(first.group(1).toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }
    if (honorific != Gender.UNKNOWN) {
      return honorific;
    }
    String[] words = name.trim().split("\\s+");
    if (words.length < 2) {
      return Gender.UNKNOWN;
    }
    for (int i = 0; i < words.length - 1; i++) {
      if (!INITIAL.matcher(words[i]).matches()) {
        return ofFirstName(words[i]);
      }
    }
    return Gender.UNKNOWN;
  }

  /** The gender a person entity's mentions agree on; unknown for other entities and when mentions disagree. */
  public Gender ofPerson(String text, Entity entity) {
    if (entity.type() != EntityType.PERSON) {
      return Gender.UNKNOWN;
    }
    Gender gender = Gender.UNKNOWN;
    boolean told = false;
    for (Mention mention : entity.mentions()) {
      if (!mention.kind().isName()) {
        continue;
      }
      Gender said = ofMention(text, mention.start(), mention.text());
      if (said != Gender.UNKNOWN) {
        if (told && said != gender) {
          return Gender.UNKNOWN;
        }
        gender = said;
        told = true;
      }
    }
    return gender;
  }
}
