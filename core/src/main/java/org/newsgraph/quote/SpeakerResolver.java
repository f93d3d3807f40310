package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.entity.Anaphors;
import org.newsgraph.entity.Gender;
import org.newsgraph.entity.NameGender;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Segment;
import org.newsgraph.model.Speaker;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.NamedSpan;
import org.newsgraph.nlp.Token;

/**
 * Names the speaker of each attribution in one document: the entity whose mention holds the source's head, or, for
 * "he", "the group" and the like, the nearest compatible speaker or mention before it; the surface words otherwise.
 * "He" and "she" skip people of the other gender, as told by honorifics, first names and the pronouns already
 * resolved to them. Feed sources in text order: each resolved speaker becomes a candidate antecedent for the next.
 */
final class SpeakerResolver {

  private static final int LOOK_BACK = 60;
  private static final int PREFER_SPEAKER_WITHIN = 1500;

  /** Someone a later pronoun may refer to; {@code gender} is what the words tell when there is no entity. */
  private record Referent(int start, int end, String entity, String name, String kind, Gender gender) {}

  /** Entity types a description such as "the group" or "the alliance" cannot refer to. */
  private static final java.util.Set<EntityType> NOT_DESCRIBED = java.util.Set.of(EntityType.COUNTRY);

  private final Map<String, String> anaphors;
  private final NameGender names;
  private final Annotated annotated;
  private final List<Referent> mentions;
  /** The pronouns and descriptions the entity stage resolved ({@code entities[].mentions} of those kinds). */
  private final List<Referent> resolved;
  private final Map<String, EntityType> types;
  /** Each person entity's gender, learned further as "he" and "she" resolve to people whose names do not tell it. */
  private final Map<String, Gender> genders;
  private final List<Referent> speakers = new ArrayList<>();

  private SpeakerResolver(Map<String, String> anaphors, NameGender names, Annotated annotated,
      List<Referent> mentions, List<Referent> resolved, Map<String, EntityType> types, Map<String, Gender> genders) {
    this.resolved = resolved;
    this.anaphors = anaphors;
    this.names = names;
    this.annotated = annotated;
    this.mentions = mentions;
    this.types = types;
    this.genders = genders;
  }

  static Map<String, String> loadAnaphors() {
    return Anaphors.load().kinds();
  }

  /** A resolver over the document's entities, or over the recognizer's names when there are none. */
  static SpeakerResolver forDocument(Map<String, String> anaphors, NameGender names, Annotated annotated,
      List<Entity> entities) {
    List<Referent> mentions = new ArrayList<>();
    List<Referent> resolved = new ArrayList<>();
    Map<String, EntityType> types = new HashMap<>();
    Map<String, Gender> genders = new HashMap<>();
    for (Entity entity : entities) {
      types.put(entity.id(), entity.type());
      genders.put(entity.id(), names.ofPerson(annotated.text(), entity));
      for (Mention mention : entity.mentions()) {
        Referent referent = new Referent(mention.start(), mention.end(), entity.id(), entity.name(),
            kind(entity.type()), Gender.UNKNOWN);
        (mention.kind().isName() ? mentions : resolved).add(referent);
      }
    }
    if (entities.isEmpty()) {
      for (NamedSpan name : annotated.names()) {
        boolean pronoun = anaphors.containsKey(name.text().toLowerCase(Locale.ROOT));
        if (!pronoun && (name.type().equals("PERSON") || name.type().equals("ORGANIZATION"))) {
          mentions.add(new Referent(name.start(), name.end(), null, name.text(), name.type(),
              names.ofMention(annotated.text(), name.start(), name.text())));
        }
      }
    }
    mentions.sort(Comparator.comparingInt(Referent::start));
    resolved.sort(Comparator.comparingInt(Referent::start));
    return new SpeakerResolver(anaphors, names, annotated, mentions, resolved, types, genders);
  }

  private static String kind(EntityType type) {
    return switch (type) {
      case PERSON -> "PERSON";
      case ORGANIZATION, COUNTRY -> "ORGANIZATION";
      default -> "OTHER";
    };
  }

  /**
   * The speaker of a source span.
   *
   * @param head the source's head token, or -1
   * @param referent the token the source stands for when it is a relative pronoun ("Trump, who said"), or -1
   * @param content the attribution's content, whose mentions cannot be its speaker
   */
  Speaker resolve(Segment source, int head, int referent, List<Segment> content) {
    String surface = annotated.text().substring(source.start(), source.end());
    String anaphorKind = anaphorKind(surface);
    Referent found = null;
    if (anaphorKind != null && referent >= 0) {
      found = containing(annotated.tokens().get(referent));
    }
    if (found == null && anaphorKind != null && head >= 0) {
      found = containing(resolved, annotated.tokens().get(head));
    }
    if (found == null && anaphorKind != null && isDescription(surface) && anaphorKind.equals("ORGANIZATION")) {
      found = salient(source.start(), content);
    }
    Gender said = pronounGender(surface);
    if (found == null && anaphorKind != null) {
      found = antecedent(source.start(), anaphorKind, said, content);
    }
    if (found != null && found.entity() != null && said != Gender.UNKNOWN
        && types.get(found.entity()) == EntityType.PERSON) {
      genders.merge(found.entity(), said, Gender::and);
    }
    if (found == null && anaphorKind == null) {
      found = head >= 0 ? containing(annotated.tokens().get(head)) : null;
      if (found == null) {
        found = overlapping(source);
      }
    }
    String kind = found != null ? found.kind() : head >= 0 ? nerKind(annotated.tokens().get(head)) : "OTHER";
    Speaker speaker = new Speaker(found == null ? null : found.entity(), found == null ? surface : found.name(),
        source.start(), source.end());
    Gender gender = found != null ? found.gender()
        : anaphorKind != null ? said : names.ofMention(annotated.text(), source.start(), surface);
    speakers.add(new Referent(source.start(), source.end(), speaker.entity(), speaker.name(),
        anaphorKind != null && found == null ? anaphorKind : kind, gender));
    return speaker;
  }

  private static Gender pronounGender(String surface) {
    return switch (surface.trim().toLowerCase(Locale.ROOT)) {
      case "he", "him", "his" -> Gender.MALE;
      case "she", "her" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  private Gender genderOf(Referent referent) {
    return referent.entity() == null ? referent.gender()
        : genders.getOrDefault(referent.entity(), Gender.UNKNOWN);
  }

  private String anaphorKind(String surface) {
    String lower = surface.toLowerCase(Locale.ROOT);
    String kind = anaphors.get(lower);
    if (kind != null) {
      return kind;
    }
    String[] words = lower.split("\\s+");
    if (words.length == 2 && (words[0].equals("the") || words[0].equals("this"))) {
      String noun = anaphors.get(words[1]);
      return "ORGANIZATION".equals(noun) ? noun : null;
    }
    return null;
  }

  /** "the group", "this alliance": a description, not a pronoun. */
  private static boolean isDescription(String surface) {
    return surface.trim().contains(" ");
  }

  /**
   * The organization a description such as "the group" most likely means as a speaker: of the organizations
   * quoted before {@code offset}, the one the article has named most often so far (the latest on a tie). The last
   * organization quoted is often a news agency cited in passing ("according to Interfax"), while the group the
   * story is about speaks and is named again and again; an organization only talked about (an adversary named
   * often) is not a candidate. Null when no organization has been quoted.
   */
  private Referent salient(int offset, List<Segment> content) {
    Map<String, Referent> reachable = new java.util.LinkedHashMap<>();
    for (List<Referent> referents : List.of(speakers)) {
      int i = lastStartingAtOrBefore(referents, offset - 1);
      for (int steps = 0; i >= 0 && steps < LOOK_BACK; i--, steps++) {
        Referent r = referents.get(i);
        if (r.kind().equals("ORGANIZATION") && r.entity() != null && r.end() <= offset && !inside(r, content)
            && !NOT_DESCRIBED.contains(types.get(r.entity()))) {
          reachable.merge(r.entity(), r, (a, b) -> a.start() >= b.start() ? a : b);
        }
      }
    }
    Referent best = null;
    int bestCount = 0;
    for (Referent candidate : reachable.values()) {
      int count = 0;
      for (Referent m : mentions) {
        if (m.start() < offset && candidate.entity().equals(m.entity())) {
          count++;
        }
      }
      if (best == null || count > bestCount || count == bestCount && candidate.start() > best.start()) {
        best = candidate;
        bestCount = count;
      }
    }
    return best;
  }

  private static String nerKind(Token token) {
    return switch (token.ner()) {
      case "PERSON" -> "PERSON";
      case "ORGANIZATION" -> "ORGANIZATION";
      default -> "OTHER";
    };
  }

  private Referent containing(Token token) {
    return containing(mentions, token);
  }

  private static Referent containing(List<Referent> referents, Token token) {
    int i = lastStartingAtOrBefore(referents, token.start());
    for (int steps = 0; i >= 0 && steps < 8; i--, steps++) {
      Referent mention = referents.get(i);
      if (mention.start() <= token.start() && mention.end() >= token.end()) {
        return mention;
      }
    }
    return null;
  }

  private Referent overlapping(Segment source) {
    int i = lastStartingAtOrBefore(mentions, source.end() - 1);
    Referent best = null;
    for (int steps = 0; i >= 0 && steps < 8; i--, steps++) {
      Referent mention = mentions.get(i);
      if (mention.end() > source.start() && mention.start() < source.end()) {
        if (best == null || outranks(mention, best)) {
          best = mention;
        }
      }
    }
    return best;
  }

  // "A study by Loyola Law School professor Justin Levitt", "a speech Mrs. Clinton gave at New York University": a
  // person named in a source without a name at its head is who speaks, ahead of the place or body also named.
  private static boolean outranks(Referent mention, Referent best) {
    boolean person = mention.kind().equals("PERSON");
    if (person != best.kind().equals("PERSON")) {
      return person;
    }
    return mention.end() - mention.start() > best.end() - best.start();
  }

  /**
   * The nearest speaker or mention of the kind and a gender agreeing with {@code gender} before {@code offset},
   * outside the attribution's own content.
   */
  private Referent antecedent(int offset, String kind, Gender gender, List<Segment> content) {
    Referent mention = nearest(mentions, offset, kind, gender, content);
    Referent speaker = nearest(speakers, offset, kind, gender, content);
    if (mention == null) {
      return speaker;
    }
    if (speaker == null) {
      return mention;
    }
    // The last speaker of that kind is the likelier antecedent unless it lies far back; "the group noted" after
    // paragraphs naming other organizations still means the organization quoted before.
    boolean recent = offset - speaker.end() <= PREFER_SPEAKER_WITHIN || kind.equals("ORGANIZATION");
    return speaker.start() >= mention.start() || recent ? speaker : mention;
  }

  private Referent nearest(List<Referent> referents, int offset, String kind, Gender gender,
      List<Segment> content) {
    int i = lastStartingAtOrBefore(referents, offset - 1);
    for (int steps = 0; i >= 0 && steps < LOOK_BACK; i--, steps++) {
      Referent candidate = referents.get(i);
      if (candidate.kind().equals(kind) && candidate.name() != null && !inside(candidate, content)
          && candidate.end() <= offset && gender.agrees(genderOf(candidate))) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean inside(Referent referent, List<Segment> content) {
    for (Segment part : content) {
      if (referent.start() >= part.start() && referent.end() <= part.end()) {
        return true;
      }
    }
    return false;
  }

  private static int lastStartingAtOrBefore(List<Referent> referents, int offset) {
    int lo = 0;
    int hi = referents.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (referents.get(mid).start() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
