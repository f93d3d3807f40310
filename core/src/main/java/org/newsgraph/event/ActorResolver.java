package org.newsgraph.event;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.kb.KbLink;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/**
 * Decides who an event's actor is: the document entity the coder's noun phrase names, its canonical name, and its
 * actor code — the knowledge base's code of the linked entity where there is one (the Phoenix dictionaries stop in
 * 2014), else the coder's.
 */
final class ActorResolver {

  /** What may follow an appositive name: a comma, the sentence's end, a dash or a closing bracket. */
  private static final Pattern APPOSITION_CLOSE = Pattern.compile("\\s*(?:\\([^()]{1,20}\\)\\s*)?([,.;:—–)]|$)");
  /** A description set after a name: ", a former chairman", ", the leader of". */
  private static final Pattern DESCRIPTION_OPENS = Pattern.compile(", (?:an?|the) ");
  /** A capitalized word at the end of a text. */
  private static final Pattern LAST_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]+$");
  /** A list goes on after the name: "the alliance, Russia and Belarus". */
  private static final Pattern LIST_GOES_ON = Pattern.compile("\\s*(?:\\([^()]{1,20}\\)\\s*)?,?\\s*(and|or)\\b");
  /** Prepositions after a noun that place its referent rather than say whose it is. */
  private static final Pattern WHERE = Pattern.compile(
      "\\b(?:along|near|nearby|across|outside|inside|around|beyond|in)\\b");
  /** How far back an earlier "the Biden administration" may name the government of a later "the administration". */
  private static final int GOVERNMENT_LOOK_BACK = 2_000;
  /** The GeoNames feature code of a capital city. */
  private static final String CAPITAL = "PPLC";
  /**
   * Knowledge-base links less sure than this do not override the coder's code; a namesake tie on a date past the
   * dictionaries' end (Xi Jinping in 2023) scores 0.49 and should still count.
   */
  private static final double MIN_CONFIDENCE = 0.4;

  private final List<Entity> entities;
  private final Map<String, KbLink> links;
  private final String text;
  private final Set<String> governmentWords;

  /**
   * @param links knowledge-base facts per entity id (layer {@code links}); empty when not linked
   * @param governmentWords nouns that name a government without its country ("administration")
   */
  ActorResolver(List<Entity> entities, Map<String, KbLink> links, String text,
      Set<String> governmentWords) {
    this.entities = entities;
    this.links = links;
    this.text = text;
    this.governmentWords = governmentWords;
  }

  /**
   * The actor read from {@code phrase} with dictionary code {@code code}, or null when there is neither a code
   * nor a phrase. The entity is, in order: the one named by the noun phrase's head word ("Secretary of State
   * Antony Blinken"); for a descriptor, the name set beside it ("the military alliance, the CSTO") or before it
   * ("Dean, a former party chairman"); for a
   * government descriptor the coder could not place ("the administration", "the Biden administration"), its
   * country; the one named by the dictionary word ("Putin's military"); a person named in the phrase; the last one
   * named in it.
   */
  Actor resolve(String code, ActorPhrase phrase) {
    return resolve(code, phrase, false);
  }

  /**
   * The actor of an event's source phrase: as {@link #resolve}, but a pronoun or description the entity stage
   * resolved ("he said", "its forces", "the committee") stands for its entity. (Only for sources: a resolved
   * object pronoun is more often a wrong recipient than a right one, see docs/accuracy-events.md.)
   */
  Actor resolveSource(String code, ActorPhrase phrase) {
    return resolve(code, phrase, true);
  }

  private Actor resolve(String code, ActorPhrase phrase, boolean readResolved) {
    String coded = code == null || code.equals(ActorPhraseCoder.NULL) ? null : code;
    if (phrase == null) {
      return coded == null ? null : new Actor(null, null, coded);
    }
    Entity entity = first(phrase.headStart(), phrase.headEnd(), null);
    if (entity == null && readResolved) {
      entity = resolvedAt(phrase);
    }
    if (entity == null && isDescriptor(phrase)) {
      entity = appositive(phrase.end());
    }
    if (entity == null && isDescriptor(phrase)) {
      entity = describedBefore(phrase.start());
    }
    if (entity == null && isGovernment(phrase) && (coded == null || coded.startsWith(ActorPhraseCoder.NULL))) {
      // "the Biden administration" is the United States' government, not Biden.
      Actor government = government(phrase, coded);
      if (government != null) {
        return government;
      }
    }
    int where = coded != null && coded.startsWith(ActorPhraseCoder.NULL) ? beforeWhere(phrase) : phrase.end();
    boolean wordPlaces = phrase.wordStart() >= where; // the dictionary word is in the "along the border" part
    if (entity == null && !wordPlaces) {
      entity = first(phrase.wordStart(), phrase.wordEnd(), null);
    }
    if (entity != null) {
      return new Actor(entity.id(), entity.name(), preferred(coded, entity, true));
    }
    entity = first(phrase.start(), phrase.end(), EntityType.PERSON);
    if (entity == null) {
      entity = last(phrase.start(), where);
    }
    if (entity != null) {
      return new Actor(entity.id(), entity.name(), preferred(coded, entity, false));
    }
    return wordPlaces ? new Actor(null, text.substring(phrase.start(), where).strip(), coded)
        : new Actor(null, words(phrase), coded);
  }

  /**
   * The code to report for an entity: the knowledge base's when the entity is linked surely enough, except that
   * the coder's code stands when it names the same country more precisely (the article's "Japanese Prime
   * Minister" over the dictionary's elite default, "Russian forces" over Russia), or another country while the
   * entity was only found somewhere in the phrase ({@code named} false: "US and British forces"). An agent the
   * coder read without its country ({@code ---GOV}) is joined to the linked country.
   *
   * @param named whether the entity is the one the phrase's head or dictionary word names
   */
  String preferred(String coded, Entity entity, boolean named) {
    KbLink kb = links.get(entity.id());
    if (kb == null) {
      return coded;
    }
    String country = kb.country();
    // A code without a country names a sector only ("GOV" from a bare "President"); an IGO's code stands alone.
    boolean whole = country != null || kb instanceof KbLink.IgoLink;
    String kbCode = whole && kb.cameo() != null && !kb.cameo().startsWith(ActorPhraseCoder.NULL) ? kb.cameo() : null;
    boolean uncoded = coded == null || coded.startsWith(ActorPhraseCoder.NULL);
    if (kbCode == null && uncoded && country != null && kb instanceof KbLink.PlaceLink place
        && CAPITAL.equals(place.feature())) {
      // "Vilnius protested…": a capital that acts is its country, as the dictionaries code the capitals they
      // know; where they know it, their dated code stands (a gazetteer's borders are today's).
      kbCode = country;
    }
    double confidence = kb.confidence();
    if (kbCode == null || confidence < MIN_CONFIDENCE) {
      return coded;
    }
    if (coded == null) {
      return kbCode;
    }
    if (coded.startsWith(ActorPhraseCoder.NULL)) {
      String agent = coded.substring(ActorPhraseCoder.NULL.length());
      return kbCode.contains(agent) || country == null ? kbCode : country + agent;
    }
    String prefix = country != null ? country : kbCode;
    if (coded.startsWith(prefix)) {
      return coded.length() > prefix.length() ? coded : kbCode;
    }
    return named ? kbCode : coded;
  }

  /**
   * The name of an actor no entity names: the dictionary word, with the head noun it modifies ("militant
   * commanders", not "militant").
   */
  private String words(ActorPhrase phrase) {
    boolean modifiesHead = phrase.wordEnd() <= phrase.headStart()
        && text.substring(phrase.wordEnd(), phrase.headStart()).matches("[\\p{L}\\p{N}\\s-]*");
    return text.substring(phrase.wordStart(), modifiesHead ? phrase.headEnd() : phrase.wordEnd());
  }

  /**
   * Where a phrase of people the dictionaries gave no country ({@code ---UAF}) stops naming who: at a modifier
   * after its head that says where they are ("the hideouts of two militant commanders along the Afghan border",
   * "militant positions in the Mamozai area" are not that place's; {@link ActorPhraseCoder} left its country out).
   */
  private int beforeWhere(ActorPhrase phrase) {
    int from = Math.max(phrase.start(), phrase.headEnd());
    if (from >= phrase.end()) {
      return phrase.end();
    }
    Matcher where = WHERE.matcher(text.substring(from, phrase.end()));
    return where.find() ? from + where.start() : phrase.end();
  }

  /** A phrase headed by a common noun ("the alliance"), which a name beside it may specify. */
  private boolean isDescriptor(ActorPhrase phrase) {
    return phrase.headEnd() > phrase.headStart() && Character.isLowerCase(text.charAt(phrase.headStart()));
  }

  /**
   * The entity named right after a descriptor phrase ending at {@code end}, set off by a comma and closed by
   * punctuation ("the military alliance, the CSTO (CSTO), on Monday"), whatever the parser attached it to; not
   * a list ("the alliance, Russia and Belarus").
   */
  private Entity appositive(int end) {
    int at = end;
    if (at >= text.length() || text.charAt(at) != ',') {
      return null;
    }
    at++;
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    if (text.startsWith("the ", at)) {
      at += 4;
    }
    for (Entity entity : entities) {
      if (entity.type() == EntityType.MISC) {
        continue;
      }
      for (Mention m : entity.nameMentions()) {
        if (m.start() == at) {
          String rest = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
          Matcher close = APPOSITION_CLOSE.matcher(rest);
          if (close.lookingAt() && !LIST_GOES_ON.matcher(rest).lookingAt()) {
            return entity;
          }
        }
      }
    }
    return null;
  }

  /**
   * The entity a descriptor starting at {@code start} is set after, as its apposition ("Dean, a former party
   * chairman, poked at…"): a name opening its sentence or quote (not a list member) right before ", a" or ",
   * the". The parser may take the description for the subject; the name is who acts.
   */
  private Entity describedBefore(int start) {
    Matcher gap = DESCRIPTION_OPENS.matcher(text.substring(Math.max(0, start - 2), Math.min(text.length(),
        start + 4)));
    if (start < 2 || !gap.lookingAt()) {
      return null;
    }
    for (Entity entity : entities) {
      if (entity.type() == EntityType.MISC) {
        continue;
      }
      for (Mention m : entity.nameMentions()) {
        if (m.end() == start - 2 && opensClause(m.start())) {
          return entity;
        }
      }
    }
    // A surname the entity stage did not tag there ("Bishop, a former…"): the person of the article it names.
    Matcher word = LAST_WORD.matcher(text.substring(Math.max(0, start - 42), start - 2));
    if (!word.find() || !opensClause(start - 2 - word.group().length())) {
      return null;
    }
    for (Entity entity : entities) {
      if (entity.type() == EntityType.PERSON && entity.name().endsWith(" " + word.group())) {
        return entity;
      }
    }
    return null;
  }

  /** Whether only a sentence start, its end or a quote mark comes before {@code at}: no list member. */
  private boolean opensClause(int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < 0 || ".!?\"“”‘’\n".indexOf(text.charAt(i)) >= 0;
  }

  private boolean isGovernment(ActorPhrase phrase) {
    return governmentWords.contains(text.substring(phrase.headStart(), phrase.headEnd()).toLowerCase(Locale.ROOT));
  }

  /**
   * The government a descriptor names: the country of a name before the noun ("the Biden administration"), else
   * of the nearest earlier use of the noun with such a name; null when none. (Not the article's focus country: a
   * one-sentence report "the administration said China must…" has China as its focus.)
   */
  private Actor government(ActorPhrase phrase, String coded) {
    String country = countryBefore(phrase.start(), phrase.headStart());
    if (country == null) {
      String noun = text.substring(phrase.headStart(), phrase.headEnd()).toLowerCase(Locale.ROOT);
      String before = text.substring(Math.max(0, phrase.start() - GOVERNMENT_LOOK_BACK), phrase.start())
          .toLowerCase(Locale.ROOT);
      int offset = Math.max(0, phrase.start() - GOVERNMENT_LOOK_BACK);
      for (int at = before.lastIndexOf(noun); at >= 0 && country == null; at = before.lastIndexOf(noun, at - 1)) {
        country = countryBefore(Math.max(0, offset + at - 40), offset + at);
      }
    }
    if (country == null) {
      return null;
    }
    String agent = coded != null && coded.startsWith(ActorPhraseCoder.NULL)
        ? coded.substring(ActorPhraseCoder.NULL.length()) : "GOV";
    Entity named = countryEntity(country);
    return named == null ? new Actor(null, text.substring(phrase.headStart(), phrase.headEnd()), country + agent)
        : new Actor(named.id(), named.name(), country + agent);
  }

  /** The linked country of the entity mentioned last in {@code [start, end)}, ending right before {@code end}. */
  private String countryBefore(int start, int end) {
    String found = null;
    int at = -1;
    for (Entity entity : entities) {
      String country = links.containsKey(entity.id()) ? links.get(entity.id()).country() : null;
      if (country == null) {
        continue;
      }
      for (Mention m : entity.nameMentions()) {
        boolean adjacent = m.start() >= start && m.end() <= end && text.substring(m.end(), end)
            .matches("(?:['’]s)?\\s*");
        if (adjacent && m.end() > at) {
          found = country;
          at = m.end();
        }
      }
    }
    return found;
  }

  /** The document entity that is the country itself (not a person or place in it), or null. */
  private Entity countryEntity(String country) {
    for (Entity entity : entities) {
      if (links.get(entity.id()) instanceof KbLink.CountryLink linked && country.equals(linked.iso3())) {
        return entity;
      }
    }
    return null;
  }

  /** The entity (of the type, when given) with a mention inside {@code [start, end)}. */
  private Entity first(int start, int end, EntityType type) {
    for (Entity entity : entities) {
      if (type != null && entity.type() != type) {
        continue;
      }
      for (Mention m : entity.nameMentions()) {
        if (m.start() < end && start < m.end()) {
          return entity;
        }
      }
    }
    return null;
  }

  /**
   * The entity a resolved pronoun or description of the phrase refers to: one over its head ("he", "the
   * committee") or its opening possessive ("its forces", "his government"); null when there is none.
   */
  private Entity resolvedAt(ActorPhrase phrase) {
    for (Entity entity : entities) {
      for (Mention m : entity.mentions()) {
        if (m.kind().isName()) {
          continue;
        }
        boolean head = m.start() < phrase.headEnd() && phrase.headStart() < m.end();
        if (head || m.start() == phrase.start() && m.end() <= phrase.headStart()) {
          return entity;
        }
      }
    }
    return null;
  }

  /** The entity whose mention inside {@code [start, end)} ends last. */
  private Entity last(int start, int end) {
    Entity found = null;
    int at = -1;
    for (Entity entity : entities) {
      for (Mention m : entity.nameMentions()) {
        if (m.start() >= start && m.end() <= end && m.end() > at) {
          found = entity;
          at = m.end();
        }
      }
    }
    return found;
  }
}
