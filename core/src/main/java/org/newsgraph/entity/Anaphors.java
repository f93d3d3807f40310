package org.newsgraph.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.WordList;

/**
 * The words that refer back to someone named earlier ("he", "its", "the alliance"), and the kind of entity each can
 * refer to, from the list {@code anaphors.tsv}.
 */
public final class Anaphors {

  private final Map<String, String> kinds;
  private final Set<String> generic;

  private Anaphors(Map<String, String> kinds, Set<String> generic) {
    this.kinds = Map.copyOf(kinds);
    this.generic = Set.copyOf(generic);
  }

  public static Anaphors load() {
    Map<String, String> kinds = new HashMap<>();
    Set<String> generic = new HashSet<>();
    for (String[] row : WordList.rows(Anaphors.class, "anaphors.tsv", 2)) {
      kinds.put(row[0].trim(), row[1].trim());
      if (row.length > 2 && row[2].trim().equals("any")) {
        generic.add(row[0].trim());
      }
    }
    return new Anaphors(kinds, generic);
  }

  /** Each word, lower case, with the kind of speaker it refers to: PERSON or ORGANIZATION. */
  public Map<String, String> kinds() {
    return kinds;
  }

  /** Whether a lower-case noun, after "the", describes an organization named earlier ("the group"). */
  boolean describesOrganization(String noun) {
    return "ORGANIZATION".equals(kinds.get(noun.toLowerCase(Locale.ROOT))) && !PRONOUNS.containsKey(noun);
  }

  /** Whether "the NOUN" may stand for any organization, not only one whose name holds the noun ("the group"). */
  boolean describesAny(String noun) {
    return generic.contains(noun);
  }

  /** The pronouns resolved in the text, with the entity type they refer to. */
  static final Map<String, EntityType> PRONOUNS = Map.of(
      "he", EntityType.PERSON, "him", EntityType.PERSON, "his", EntityType.PERSON, "himself", EntityType.PERSON,
      "she", EntityType.PERSON, "her", EntityType.PERSON, "herself", EntityType.PERSON,
      "it", EntityType.ORGANIZATION, "its", EntityType.ORGANIZATION, "itself", EntityType.ORGANIZATION);
}
