package org.newsgraph.eval.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.entity.Gender;
import org.newsgraph.entity.NameGender;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Speaker;

/**
 * Whether a quote's speaker resolves to the right document entity, as far as PolNeAR can tell without entity gold:
 * for a paired quote that has a speaker, a gold source that contains a name must resolve to that name's entity; a
 * gold source that is a bare pronoun can only be checked for being resolved at all, and a "he" or "she" for resolving
 * to a person of its gender when the person's honorifics or first name tell it.
 */
final class SpeakerCheck {

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it");
  private final List<Entity> entities;
  private final NameGender names;

  SpeakerCheck(List<Entity> entities, NameGender names) {
    this.entities = entities;
    this.names = names;
  }

  /** The tally of one article's paired relations; {@code pairing[p]} is the gold index of prediction p, or -1. */
  SpeakerTally tally(String text, List<Relation> gold, List<Quote> predicted, int[] pairing) {
    SpeakerTally tally = SpeakerTally.ZERO;
    for (int p : checked(gold, predicted, pairing)) {
      Span source = gold.get(pairing[p]).source();
      String resolved = predicted.get(p).speaker().entity();
      String named = namedEntity(text, source);
      if (named != null) {
        tally = tally.plus(new SpeakerTally(1, named.equals(resolved) ? 1 : 0, resolved == null ? 1 : 0, 0, 0, 0, 0));
      } else if (PRONOUNS.contains(source.text(text).toLowerCase(Locale.ROOT))) {
        Gender said = switch (source.text(text).toLowerCase(Locale.ROOT)) {
          case "he" -> Gender.MALE;
          case "she" -> Gender.FEMALE;
          default -> Gender.UNKNOWN;
        };
        Gender person = said == Gender.UNKNOWN || resolved == null ? Gender.UNKNOWN : genderOf(text, resolved);
        boolean told = person != Gender.UNKNOWN;
        tally = tally.plus(new SpeakerTally(0, 0, 0, 1, resolved == null ? 0 : 1, told ? 1 : 0,
            told && person == said ? 1 : 0));
      }
    }
    return tally;
  }

  /**
   * One line per paired quote whose gold source names an entity its speaker does not resolve to: the gold source,
   * the predicted speaker span and what each resolves to, for looking at errors.
   */
  List<String> failures(String text, List<Relation> gold, List<Quote> predicted, int[] pairing) {
    List<String> lines = new ArrayList<>();
    for (int p : checked(gold, predicted, pairing)) {
      Span source = gold.get(pairing[p]).source();
      Speaker speaker = predicted.get(p).speaker();
      String named = namedEntity(text, source);
      if (named != null && !named.equals(speaker.entity())) {
        lines.add(("SPK  gold[" + source.text(text) + "]=" + describe(named) + " mine["
            + text.substring(speaker.start(), speaker.end()) + "]=" + describe(speaker.entity())).replace('\n', ' '));
      }
    }
    return lines;
  }

  /**
   * The predictions a speaker can be checked on: paired with a gold relation that has a source, and with a speaker
   * (a quote without one is the source score's miss, not a resolution's).
   */
  private static List<Integer> checked(List<Relation> gold, List<Quote> predicted, int[] pairing) {
    List<Integer> checked = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      if (pairing[p] >= 0 && !gold.get(pairing[p]).source().isEmpty() && predicted.get(p).speaker() != null) {
        checked.add(p);
      }
    }
    return checked;
  }

  private String describe(String entityId) {
    return entityId + entities.stream().filter(e -> e.id().equals(entityId)).findFirst()
        .map(e -> "(" + e.name() + "/" + e.type() + ")").orElse("");
  }

  private Gender genderOf(String text, String entityId) {
    return entities.stream().filter(e -> e.id().equals(entityId)).findFirst()
        .map(e -> names.ofPerson(text, e)).orElse(Gender.UNKNOWN);
  }

  /**
   * The entity a source span names: its head person, else organization, else other name. The head is the last
   * name before the first comma ("Clinton spokesman Nick Merrill", "Flynn, a top surrogate,"), skipping possessors
   * ("Trump's running mate, Mike Pence" names Pence), else the first name after the comma; null when it names none.
   */
  String namedEntity(String text, Span source) {
    int comma = text.indexOf(',', source.ranges().get(0)[0]);
    for (EntityType type : new EntityType[] {EntityType.PERSON, EntityType.ORGANIZATION, null}) {
      String beforeComma = null;
      int beforeStart = -1;
      String afterComma = null;
      int afterStart = Integer.MAX_VALUE;
      for (Entity entity : entities) {
        boolean wanted = type == null ? entity.type() != EntityType.PERSON && entity.type() != EntityType.ORGANIZATION
            : entity.type() == type;
        if (!wanted) {
          continue;
        }
        for (Mention mention : entity.nameMentions()) {
          if (!inside(mention, source) || possessor(text, mention)) {
            continue;
          }
          boolean before = comma < 0 || mention.end() <= comma;
          if (before && mention.start() > beforeStart) {
            beforeComma = entity.id();
            beforeStart = mention.start();
          } else if (!before && mention.start() < afterStart) {
            afterComma = entity.id();
            afterStart = mention.start();
          }
        }
      }
      if (beforeComma != null || afterComma != null) {
        return beforeComma != null ? beforeComma : afterComma;
      }
    }
    return null;
  }

  private static boolean possessor(String text, Mention mention) {
    return text.startsWith("'s", mention.end()) || text.startsWith("\u2019s", mention.end());
  }

  private static boolean inside(Mention mention, Span span) {
    for (int[] range : span.ranges()) {
      if (mention.start() >= range[0] && mention.end() <= range[1]) {
        return true;
      }
    }
    return false;
  }
}
