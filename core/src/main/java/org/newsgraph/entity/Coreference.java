package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.DocumentParse;
import org.newsgraph.nlp.ParseView;
import org.newsgraph.nlp.Quotation;
import org.newsgraph.nlp.Token;

/**
 * Resolves pronouns ("he", "its"), descriptions ("the alliance") and titles ("the president") to the document's
 * entities and adds each as a mention of its entity, so that every later stage reads one resolution.
 *
 * <p>An antecedent is an entity named (or already resolved to) in the same sentence or the three before it, of a
 * type the word can refer to and, for "he" and "she", of an agreeing gender (honorifics, first names, and the
 * pronouns already resolved to the person). Among those the most salient wins: each earlier mention counts, a
 * subject twice, halved with each sentence back (after Lappin and Leass's salience weights, much simplified).
 * A pronoun object of a verb is not the verb's own subject ("Ames praised him"). "It" is resolved only as the
 * subject of a verb that acts (not "it is", "it seems"); "they" and "them", which name groups of people as often
 * as organizations, are left alone. A description resolves to an organization whose name holds its noun ("the
 * committee" after "the Senate Intelligence Committee"), or, for a noun any organization may be called ("the
 * group", "the company"), to the most salient organization; a title to the person the article gave that title.
 */
final class Coreference {

  private static final int SENTENCES_BACK = 3;
  /** Verbs whose subject "it" is seldom an organization: copulas, raising verbs, idioms ("it takes", "it rains"). */
  private static final Set<String> NOT_ACTING = Set.of("be", "seem", "appear", "happen", "take", "make",
      "matter", "remain", "become", "look", "sound", "feel", "cost", "mean", "rain", "depend", "turn", "go", "come",
      "get", "have", "do", "help", "hurt", "work", "begin", "start", "end");
  private static final Set<EntityType> ORGANIZATION_LIKE = Set.of(EntityType.ORGANIZATION, EntityType.COUNTRY);

  private final Anaphors anaphors;
  private final Titles titles;
  private final NameGender names;

  Coreference(Anaphors anaphors, Titles titles, NameGender names) {
    this.anaphors = anaphors;
    this.titles = titles;
    this.names = names;
  }

  /** A place an entity is referred to, as an antecedent for what follows. */
  private record Referent(int start, int end, int entity, int head, int sentence, boolean subject, boolean quoted) {}

  /**
   * The entities, each with its resolved pronouns and descriptions added to its mentions in text order.
   *
   * @param quotations the text's quoted stretches (the {@code quotations} layer): a name a speaker says is no
   *     antecedent for the reporter's "he"
   */
  List<Entity> resolve(Annotated annotated, List<Quotation> quotations, List<Entity> entities) {
    if (entities.isEmpty() || annotated.tokens().isEmpty()) {
      return entities;
    }
    Document doc = new Document(annotated, quotations, entities);
    List<List<Mention>> added = new ArrayList<>();
    entities.forEach(e -> added.add(new ArrayList<>()));
    List<Token> tokens = annotated.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (doc.inName(token)) {
        continue;
      }
      String word = token.text().toLowerCase(Locale.ROOT);
      int found = -1;
      Token head = token;
      MentionKind kind = MentionKind.PRONOUN;
      EntityType pronounType = Anaphors.PRONOUNS.get(word);
      if (pronounType == EntityType.PERSON) {
        found = person(doc, token, pronounGender(word), word.endsWith("self"));
      } else if (pronounType != null && refersAsOrganization(doc, token, word)) {
        found = organization(doc, token, null, word.endsWith("self"));
      } else if (word.equals("the") && i + 1 < tokens.size()) {
        Token noun = tokens.get(i + 1);
        if (noun.sentence() == token.sentence() && !doc.inName(noun) && isBareNoun(tokens, i + 1)) {
          String lower = noun.text().toLowerCase(Locale.ROOT);
          kind = MentionKind.DESCRIPTION;
          head = noun;
          if (anaphors.describesOrganization(lower)) {
            found = organization(doc, token, lower, false);
          } else if (titles.isTitleWord(lower)) {
            found = doc.latestTitled(token, lower);
          }
        }
      }
      if (found >= 0) {
        String text = annotated.text().substring(token.start(), head.end());
        added.get(found).add(new Mention(token.start(), head.end(), text, kind));
        doc.resolved(found, token, head, pronounGender(word));
      }
    }
    List<Entity> result = new ArrayList<>(entities.size());
    for (int e = 0; e < entities.size(); e++) {
      Entity entity = entities.get(e);
      if (added.get(e).isEmpty()) {
        result.add(entity);
        continue;
      }
      List<Mention> mentions = new ArrayList<>(entity.mentions());
      mentions.addAll(added.get(e));
      mentions.sort(Comparator.comparingInt(Mention::start));
      result.add(new Entity(entity.id(), entity.name(), entity.type(), entity.aliases(), entity.roles(), entity.kb(),
          mentions));
    }
    return result;
  }

  private static Gender pronounGender(String word) {
    return switch (word) {
      case "he", "him", "his", "himself" -> Gender.MALE;
      case "she", "her", "herself" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  // "its" always refers; "it" only as the subject of a verb that acts ("it said", "it denied"), since "it is clear",
  // "it seems" and "it takes time" refer to nothing.
  private static boolean refersAsOrganization(Document doc, Token token, String word) {
    if (!word.equals("it")) {
      return true;
    }
    ParseView parse = doc.parse.view(token.index());
    if (!parse.relation(token.index()).equals("nsubj")) {
      return false;
    }
    int verb = parse.governor(token.index());
    if (verb < 0) {
      return false;
    }
    Token governor = parse.token(verb);
    return governor.pos().startsWith("VB") && !NOT_ACTING.contains(governor.lemma().toLowerCase(Locale.ROOT))
        && parse.child(verb, "cop") < 0 && parse.child(verb, "expl") < 0;
  }

  // "the group" alone, not "the group's leader" (still the group), "the group of seven" or "the party leader".
  private static boolean isBareNoun(List<Token> tokens, int noun) {
    Token word = tokens.get(noun);
    if (!word.pos().equals("NN") && !word.pos().equals("NNP")) {
      return false;
    }
    if (noun + 1 >= tokens.size() || tokens.get(noun + 1).sentence() != word.sentence()) {
      return true;
    }
    Token next = tokens.get(noun + 1);
    return !next.pos().startsWith("NN") && !next.text().equalsIgnoreCase("of");
  }

  private int person(Document doc, Token pronoun, Gender said, boolean reflexive) {
    return best(doc, pronoun, reflexive, e -> doc.type(e) == EntityType.PERSON && doc.gender(e).agrees(said));
  }

  private int organization(Document doc, Token at, String noun, boolean reflexive) {
    if (noun == null) {
      int found = best(doc, at, reflexive, e -> ORGANIZATION_LIKE.contains(doc.type(e)));
      return found >= 0 && doc.lastSalience > thingSalience(doc, at) ? found : -1;
    }
    int named = doc.latestNaming(at, noun);
    if (named >= 0 || !anaphors.describesAny(noun)) {
      return named;
    }
    return best(doc, at, false, e -> doc.type(e) == EntityType.ORGANIZATION);
  }

  private int best(Document doc, Token at, boolean reflexive, IntPredicate wanted) {
    double[] salience = new double[doc.entities.size()];
    int[] latest = new int[doc.entities.size()];
    int clause = doc.parse.governor(at.index());
    boolean argument = !at.pos().equals("PRP$") && !reflexive;
    for (Referent r : doc.referents) {
      int back = at.sentence() - r.sentence();
      if (r.end() > at.start() || back > SENTENCES_BACK || reflexive && back > 0 || !wanted.test(r.entity())
          || r.quoted() && !doc.quoted[at.index()]) {
        continue;
      }
      // A pronoun argument is not its own verb's subject or object: "Ames praised him" is not Ames.
      if (argument && back == 0 && clause >= 0 && doc.parse.governor(r.head()) == clause) {
        continue;
      }
      salience[r.entity()] += (r.subject() ? 2.0 : 1.0) / (1 << back);
      latest[r.entity()] = Math.max(latest[r.entity()], r.start() + 1);
    }
    int best = -1;
    for (int e = 0; e < salience.length; e++) {
      if (salience[e] > 0 && (best < 0 || salience[e] > salience[best]
          || salience[e] == salience[best] && latest[e] > latest[best])) {
        best = e;
      }
    }
    doc.lastSalience = best < 0 ? 0 : salience[best];
    return best;
  }

  /**
   * The salience, weighed as an entity's, of the likeliest thing "it" may mean instead: a singular common noun
   * that is a subject or object in the sentence or the one before ("The ad then cites the FBI's criticism. It also
   * mentions..." is the ad). An organization wins only when it is more salient than that.
   */
  private static double thingSalience(Document doc, Token at) {
    double best = 0;
    List<Token> tokens = doc.annotated.tokens();
    for (int i = at.index() - 1; i >= 0 && at.sentence() - tokens.get(i).sentence() <= 1; i--) {
      Token token = tokens.get(i);
      if (!token.pos().equals("NN") || doc.inName(token)) {
        continue;
      }
      String relation = doc.parse.relation(i);
      boolean subject = relation.startsWith("nsubj");
      if (subject || relation.equals("obj")) {
        best = Math.max(best, (subject ? 2.0 : 1.0) / (1 << (at.sentence() - token.sentence())));
      }
    }
    return best;
  }

  /** One document's entities, their referents so far and its parse, built once per text. */
  private final class Document {
    final Annotated annotated;
    final List<Entity> entities;
    final List<Referent> referents = new ArrayList<>();
    final Gender[] genders;
    final DocumentParse parse;
    final boolean[] inName;
    /** Tokens between quotation marks: a name a speaker says is no antecedent for the reporter's "he". */
    final boolean[] quoted;
    /** The winner's salience in the last call of {@link Coreference#best}. */
    double lastSalience;

    Document(Annotated annotated, List<Quotation> quotations, List<Entity> entities) {
      this.annotated = annotated;
      this.entities = entities;
      this.parse = annotated.parse();
      this.genders = new Gender[entities.size()];
      this.inName = new boolean[annotated.tokens().size()];
      this.quoted = quoted(annotated, quotations);
      for (int e = 0; e < entities.size(); e++) {
        Entity entity = entities.get(e);
        genders[e] = names.ofPerson(annotated.text(), entity);
        for (Mention m : entity.mentions()) {
          int first = tokenAt(m.start());
          int last = tokenAt(m.end() - 1);
          if (first < 0 || last < first) {
            continue;
          }
          for (int t = first; t <= last; t++) {
            inName[t] = true;
          }
          Token head = annotated.tokens().get(parse.view(first).head(first, last + 1));
          referents.add(new Referent(m.start(), m.end(), e, head.index(), head.sentence(), isSubject(head),
              quoted[first]));
        }
      }
      referents.sort(Comparator.comparingInt(Referent::start));
    }

    /** Which tokens stand inside a quotation (its marks excluded). */
    private static boolean[] quoted(Annotated annotated, List<Quotation> quotations) {
      List<Token> tokens = annotated.tokens();
      boolean[] quoted = new boolean[tokens.size()];
      int q = 0;
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        while (q < quotations.size() && quotations.get(q).end() <= token.start()) {
          q++;
        }
        if (q < quotations.size()) {
          Quotation quotation = quotations.get(q);
          quoted[i] = quotation.start() < token.start() && token.end() <= quotation.end()
              && !(token.end() == quotation.end() && quotation.closed());
        }
      }
      return quoted;
    }

    boolean inName(Token token) {
      return inName[token.index()];
    }

    EntityType type(int entity) {
      return entities.get(entity).type();
    }

    Gender gender(int entity) {
      return genders[entity];
    }

    boolean isSubject(Token head) {
      return parse.relation(head.index()).startsWith("nsubj");
    }

    /** Makes {@code [first, head]} ("he", "the alliance") an antecedent for what follows. */
    void resolved(int entity, Token first, Token head, Gender said) {
      referents.add(new Referent(first.start(), head.end(), entity, head.index(), head.sentence(), isSubject(head),
          quoted[head.index()]));
      if (type(entity) == EntityType.PERSON && said != Gender.UNKNOWN) {
        genders[entity] = genders[entity].and(said);
      }
    }

    /** The organization mentioned last before {@code at} whose name or alias holds the word {@code noun}. */
    int latestNaming(Token at, String noun) {
      int best = -1;
      int bestStart = -1;
      for (Referent r : referents) {
        if (r.end() <= at.start() && r.start() > bestStart && type(r.entity()) == EntityType.ORGANIZATION
            && names(entities.get(r.entity()), noun)) {
          best = r.entity();
          bestStart = r.start();
        }
      }
      return best;
    }

    /** The person mentioned last before {@code at} whose titles end with the word {@code title}. */
    int latestTitled(Token at, String title) {
      int best = -1;
      int bestStart = -1;
      for (Referent r : referents) {
        Entity entity = entities.get(r.entity());
        if (r.end() <= at.start() && r.start() > bestStart && entity.type() == EntityType.PERSON
            && entity.roles().stream().anyMatch(role -> lastWord(role).equals(title))) {
          best = r.entity();
          bestStart = r.start();
        }
      }
      return best;
    }

    private int tokenAt(int offset) {
      List<Token> tokens = annotated.tokens();
      int lo = 0;
      int hi = tokens.size() - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (tokens.get(mid).start() <= offset) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found;
    }
  }

  private static boolean names(Entity entity, String noun) {
    if (holdsWord(entity.name(), noun)) {
      return true;
    }
    return entity.aliases().stream().anyMatch(alias -> holdsWord(alias, noun));
  }

  private static boolean holdsWord(String name, String word) {
    for (String part : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (part.equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static String lastWord(String phrase) {
    String[] words = phrase.trim().toLowerCase(Locale.ROOT).split("\\s+");
    return words[words.length - 1];
  }
}
