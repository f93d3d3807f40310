package org.newsgraph.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.kb.KbLink;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Segment;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimeType;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.WordList;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.pipeline.Layers;
import org.newsgraph.pipeline.Stage;

/**
 * Codes the article's events in PLOVER (with their CAMEO codes): each sentence through the {@link EventCoder} with
 * the compiled dictionaries, each coding with a PLOVER type becoming an {@link Event} whose actors are document
 * entities with their knowledge-base codes where linked (layer {@code links}; see {@link ActorResolver}), dated by
 * a time expression of its sentence (else by the article, {@code date_from_article}), placed by a locative phrase
 * of its clause or of the next sentence that continues it ({@link EventPlaces}), and flagged negated, hypothetical
 * or future.
 */
public final class EventStage implements Stage<List<Event>> {

  /** Nouns that name a government without its country; see {@link ActorResolver}. */
  private static final String GOVERNMENT_WORDS = "government-words.txt";
  /** CAMEO's "demand, not specified below": a statement that another party must act. */
  private static final String DEMAND = "100";
  /** Prepositions that place a non-country recipient ("at" also directs an act: "lashed out at", "fired at"). */
  private static final Set<String> IN = Set.of("in");
  /**
   * Prepositions that place even a country: an act "along the Afghan border" is done there, not to Afghanistan
   * ("clashes in Kashmir", by contrast, are done to India, as PLOVER's coders take it).
   */
  private static final Set<String> BESIDE = Set.of("along", "near", "across");

  /** What is done to a law or program: its "of" complement names the law ("the repeal of …"). */
  private static final Set<String> LAW_FATES = Set.of("repeal", "passage", "overhaul", "enactment", "expansion",
      "ratification", "amendment", "replacement", "implementation", "funding", "defunding");

  /**
   * The word that opens an indirect question ("investigating whether …"); not "if", which as often opens a
   * condition whose party a threat is aimed at ("threatened to stop talks if the United States…").
   */
  private static final String WHETHER = "whether";

  /** Relative pronouns that stand for the noun their clause modifies. */
  private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");

  /** Dependents that end a noun phrase read as an actor: its clauses, appositions and punctuation. */
  private static final Set<String> NOT_IN_PHRASE = Set.of("acl", "acl:relcl", "appos", "punct", "parataxis", "dep",
      "conj", "cc");

  /** The least confidence of an event reported by default: {@link EventConfidence} below it is mostly noise. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  private final EventModel model;
  private final CoderOptions options;
  private final double threshold;
  private final EventConfidence confidence;
  private final ClauseFacts facts;
  private final EventPlaces places;
  private final Set<String> governmentWords;
  private final Characterization characterization;
  private final NominalEvents nominal;

  /** Loads the compiled dictionaries (a few seconds; build the stage once per JVM). */
  public EventStage() {
    this(EventModel.load(), CoderOptions.news());
  }

  public EventStage(EventModel model) {
    this(model, CoderOptions.news());
  }

  /** A stage over loaded dictionaries that keeps codings as {@code options} say, at the default threshold. */
  public EventStage(EventModel model, CoderOptions options) {
    this(model, options, DEFAULT_THRESHOLD);
  }

  /**
   * A stage reporting only events of at least {@code threshold} confidence (0 reports every coded event; see
   * docs/accuracy-events.md for what a threshold buys).
   */
  public EventStage(EventModel model, CoderOptions options, double threshold) {
    this.model = model;
    this.options = options;
    this.threshold = threshold;
    this.nominal = new NominalEvents();
    this.confidence = new EventConfidence(nominal);
    this.facts = new ClauseFacts();
    this.places = new EventPlaces(facts);
    this.governmentWords = WordList.lowerCased(EventStage.class, GOVERNMENT_WORDS);
    this.characterization = new Characterization();
  }

  @Override
  public String name() {
    return "event";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.ARTICLE, Layers.ANNOTATED, Layers.ENTITIES, Layers.LINKS, Layers.TIMES, Layers.QUOTES);
  }

  @Override
  public Layer<List<Event>> produces() {
    return Layers.EVENTS;
  }

  @Override
  public List<Event> compute(Document document) {
    Article article = document.get(Layers.ARTICLE);
    List<Event> events = events(document.get(Layers.ANNOTATED), document.get(Layers.ENTITIES),
        document.get(Layers.LINKS), document.get(Layers.TIMES), article.publishedDate().orElse(null));
    return reportedBy(events, document.get(Layers.QUOTES));
  }

  /** Marks each event whose evidence lies in a quote's words as reported by that quote's speaker. */
  static List<Event> reportedBy(List<Event> events, List<Quote> quotes) {
    List<Event> marked = new ArrayList<>(events.size());
    for (Event event : events) {
      Segment evidence = event.evidence();
      Optional<Quote> reporting = quotes.stream().filter(quote -> quote.parts().stream()
          .anyMatch(part -> part.start() <= evidence.start() && evidence.end() <= part.end())).findFirst();
      marked.add(reporting.map(quote -> event.reportedBy(quote.id())).orElse(event));
    }
    return List.copyOf(marked);
  }

  /** The events of an annotated text, given its entities (not linked) and time expressions. */
  public List<Event> events(Annotated annotated, List<Entity> entities, List<TimeExpression> times,
      LocalDate published) {
    return events(annotated, entities, Map.of(), times, published);
  }

  /**
   * The events of an annotated text, given its entities, their knowledge-base links (layer {@code links}) and its
   * time expressions.
   */
  public List<Event> events(Annotated annotated, List<Entity> entities, Map<String, KbLink> links,
      List<TimeExpression> times, LocalDate published) {
    ActorResolver resolver = new ActorResolver(entities, links, annotated.text(), governmentWords);
    Map<String, Entity> byId = new java.util.HashMap<>();
    entities.forEach(e -> byId.put(e.id(), e));
    List<Event> events = new ArrayList<>();
    for (Sentence sentence : annotated.sentences()) {
      SentenceGraph graph = new SentenceGraph(annotated, sentence);
      List<Coding> codings = model.coder().code(graph, published, options, known(entities, sentence)).codings();
      if (codings.isEmpty()) {
        continue;
      }
      List<Coding> typed = new ArrayList<>();
      List<Integer> verbs = new ArrayList<>();
      List<Boolean> demands = new ArrayList<>();
      List<Boolean> statements = new ArrayList<>();
      for (Coding coding : codings) {
        boolean statement = false;
        int verb = verbToken(graph, coding);
        Optional<CameoCode> cameo = model.plover().lookup(coding.cameo());
        // a noun of the event table read with its actor ("an ambush by the Taliban") is a pattern's reading
        boolean demand = nominal.names(graph, verb);
        Optional<Characterization.Reading> named = characterization.read(graph, verb);
        if (named.isPresent()) {
          if (!isSubject(graph, verb, coding.sourcePhrase())) {
            continue; // "calls Obamacare a crazy system" says nothing of Obamacare's own
          }
          // "called Clinton a champion": praise or criticism of the one named, whatever CAMEO coded the verb as
          demand = true;
          statement = named.get().said();
          coding = coding.withCameo(named.get().cameo());
          if (named.get().thing()) {
            coding = coding.withTarget(ActorPhraseCoder.NULL, null); // "calls Obamacare a crazy system": no one
          } else if (!covers(graph, coding.targetPhrase(), named.get().named())) {
            coding = coding.withTarget(ActorPhraseCoder.NULL, phraseAt(graph, named.get().named()));
          }
          cameo = model.plover().lookup(named.get().cameo());
        } else if (cameo.isPresent() && facts.reportsObligation(graph, verb)) {
          demand = true;
          // "Russia said Sudan must return the helicopter": a statement of what another must do is a demand.
          coding = coding.withCameo(DEMAND);
          cameo = model.plover().lookup(DEMAND);
        }
        if (cameo.isPresent() && cameo.get().ploverType() != null) {
          typed.add(coding); // CAMEO's statements and appeals (01, 02) have none: PLOVER dropped them
          verbs.add(verb);
          demands.add(demand);
          statements.add(statement);
        }
      }
      for (int k = 0; k < typed.size(); k++) {
        int antecedent = passiveRelative(graph, verbs.get(k));
        if (antecedent < 0 && nested(graph, verbs.get(k), verbs)) {
          continue;
        }
        Coding coding = typed.get(k);
        if (antecedent >= 0 && coding.target().equals(ActorPhraseCoder.NULL)) {
          coding = coding.withTarget(ActorPhraseCoder.NULL, phraseAt(graph, antecedent)); // "Diallo, who was shot"
        }
        Optional<CameoCode> cameo = model.plover().lookup(coding.cameo());
        Actor actor = resolver.resolveSource(coding.source(), coding.sourcePhrase());
        if (actor == null || actor.code() == null && actor.entity() == null) {
          continue;
        }
        Actor recipient = resolver.resolve(coding.target(), coding.targetPhrase());
        if (recipient != null && recipient.code() == null && recipient.entity() == null) {
          recipient = null; // a pronoun or phrase that names no one the article knows
        }
        if (recipient != null && isPlace(byId.get(recipient.entity())) && !countryCoded(recipient)) {
          recipient = null; // where something happened is its place, not whom it was done to
        }
        if (recipient != null && !countryCoded(recipient) && (inLocative(graph, coding.targetPhrase(), IN)
            || notAnAgent(byId.get(recipient.entity())))) {
          recipient = null; // "criticized … during a stop in Flint, Mich.", "called for the repeal of Obamacare"
        }
        if (recipient != null && !countryCoded(recipient) && ofALawsFate(graph, coding.targetPhrase())) {
          recipient = null; // "called for the repeal of Obamacare": a law is not an agent
        }
        if (recipient != null && inQuestion(graph, verbs.get(k), coding.targetPhrase())) {
          recipient = null; // "investigating whether the men were part of…": what is asked, not whom
        }
        if (recipient != null && inLocative(graph, coding.targetPhrase(), BESIDE)) {
          recipient = null; // "offensives along the Afghan border" are not done to Afghanistan
        }
        if (recipient != null && verbal(cameo.get()) && recipient.code() != null && recipient.code().length() == 3
            && actor.code() != null && actor.code().length() > 3 && actor.code().startsWith(recipient.code())) {
          // Putin "demanded that his counterparts do more for Russia": words are not addressed to one's own state
          // (force is: police that arrest their own citizens act on their country, as PLOVER's coders code it)
          recipient = null;
        }
        if (recipient != null && recipient.entity() != null && recipient.entity().equals(actor.entity())
            && Objects.equals(recipient.code(), actor.code())) {
          recipient = null; // two phrases for one actor ("Russia … the Russian side"): no one acts on itself
        }
        if (statements.get(k) && (recipient == null || Objects.equals(recipient.entity(), actor.entity()))) {
          continue; // "said the plan was wrong", "said he was right": no party judged
        }
        if (actor.code() == null && recipient == null && !sharesCodedEvent(coding, typed)) {
          continue;
        }
        Event event = event(events.size() + 1, coding, cameo.get(), actor, recipient, graph, annotated, sentence,
            entities, links, times, published);
        double value = confidence.read(graph, verbs.get(k), coding, event.type(), cameo.get().ploverType(),
            demands.get(k), actor, byId.get(actor.entity()), event.hypothetical(), annotated.text()).value();
        if (value >= threshold) {
          events.add(event.withConfidence(Math.round(value * 1000) / 1000.0));
        }
      }
    }
    return List.copyOf(events);
  }

  private Event event(int number, Coding coding, CameoCode cameo, Actor actor, Actor recipient, SentenceGraph graph,
      Annotated annotated, Sentence sentence, List<Entity> entities, Map<String, KbLink> links,
      List<TimeExpression> times, LocalDate published) {
    int verb = verbToken(graph, coding);
    BitSet clause = graph.clause(verb, Set.of());
    String date = sentenceDate(graph, clause, sentence, times);
    String place = places.inClause(graph, verb, entities);
    if (place == null) {
      List<String> participants = new ArrayList<>();
      for (Actor a : new Actor[] {actor, recipient}) {
        if (a != null && a.entity() != null) {
          participants.add(a.entity());
        }
      }
      place = places.inNextSentence(annotated, sentence, date, participants, entities, links, times);
    }
    boolean fromArticle = date == null && published != null;
    if (fromArticle) {
      date = published.toString();
    }
    boolean future = facts.future(graph, verb);
    boolean hypothetical = facts.hypothetical(graph, verb);
    String type = PloverMapping.type(cameo, future, hypothetical && !facts.conditioned(graph, verb),
        coding.negated());
    return new Event("v" + number, type, coding.cameo(), cameo.quad(), cameo.ploverMode(), actor,
        recipient, date, fromArticle, place, coding.negated(),
        hypothetical, future, new Segment(coding.start(), coding.end()), null, null, coding.weight());
  }

  /**
   * Whether an actor phrase stands in a phrase of one of the {@code prepositions} (or is set beside the head of
   * one): a place.
   */
  private boolean inLocative(SentenceGraph graph, ActorPhrase phrase, Set<String> prepositions) {
    if (phrase == null) {
      return false;
    }
    for (int t = 0; t < graph.size(); t++) {
      if (graph.token(t).start() != phrase.headStart() && graph.token(t).start() != phrase.wordStart()) {
        continue;
      }
      for (int v = t, guard = 0; v >= 0 && guard < 4; v = graph.head(v), guard++) {
        for (int c : graph.children(v)) {
          if (graph.relation(c).equals("case") && prepositions.contains(graph.lemma(c).toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
        if (!Set.of("appos", "conj", "compound", "flat", "amod", "nmod:poss").contains(graph.relation(v))) {
          break;
        }
      }
    }
    return false;
  }

  /**
   * Whether an actor phrase is the "of" complement of a noun of what is done to a law or a program ("the repeal of
   * Obamacare", "the expansion of Medicaid"): the law, which is no party to the event.
   */
  private static boolean ofALawsFate(SentenceGraph graph, ActorPhrase phrase) {
    if (phrase == null) {
      return false;
    }
    for (int t = 0; t < graph.size(); t++) {
      if (graph.token(t).start() != phrase.headStart() || !graph.relation(t).equals("nmod") || graph.head(t) < 0) {
        continue;
      }
      boolean of = graph.children(t).stream().anyMatch(c -> graph.relation(c).equals("case")
          && graph.word(c).equalsIgnoreCase("of"));
      if (of && LAW_FATES.contains(graph.lemma(graph.head(t)).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an actor phrase lies in a clause under the verb that "whether" opens: the question the verb is about,
   * whose parties are not the act's.
   */
  private static boolean inQuestion(SentenceGraph graph, int verb, ActorPhrase phrase) {
    if (phrase == null) {
      return false;
    }
    for (int t = 0; t < graph.size(); t++) {
      if (graph.token(t).start() != phrase.headStart()) {
        continue;
      }
      for (int v = t, steps = 0; v >= 0 && v != verb && steps < 16; v = graph.head(v), steps++) {
        for (int c : graph.children(v)) {
          if (graph.relation(c).equals("mark") && graph.word(c).equalsIgnoreCase(WHETHER)) {
            return isUnder(graph, v, verb);
          }
        }
      }
    }
    return false;
  }

  private static boolean isUnder(SentenceGraph graph, int token, int verb) {
    for (int v = token, steps = 0; v >= 0 && steps < 64; v = graph.head(v), steps++) {
      if (v == verb) {
        return true;
      }
    }
    return false;
  }

  /** Whether an actor phrase holds the verb's subject (the one who speaks, not the one spoken of). */
  private static boolean isSubject(SentenceGraph graph, int verb, ActorPhrase phrase) {
    int subject = graph.child(verb, Set.of("nsubj"));
    return subject >= 0 && covers(graph, phrase, subject);
  }

  private static boolean covers(SentenceGraph graph, ActorPhrase phrase, int token) {
    return phrase != null && phrase.start() <= graph.token(token).start()
        && graph.token(token).end() <= phrase.end();
  }

  /** The noun phrase headed by a token, without its clauses and punctuation, as an actor phrase. */
  private static ActorPhrase phraseAt(SentenceGraph graph, int head) {
    BitSet span = graph.subtree(head, NOT_IN_PHRASE);
    int first = span.nextSetBit(0);
    int last = span.length() - 1;
    return new ActorPhrase(graph.token(head).start(), graph.token(head).end(), graph.token(head).start(),
        graph.token(head).end(), graph.token(first).start(), graph.token(last).end());
  }

  /** A law, an event, a work (the entity stage's MISC) without an actor code is not a party to an event. */
  private static boolean notAnAgent(Entity entity) {
    return entity != null && entity.type() == EntityType.MISC;
  }

  /** Verbal cooperation or conflict (PLOVER quads 1 and 3). */
  private static boolean verbal(CameoCode cameo) {
    return cameo.quad() != null && (cameo.quad() == 1 || cameo.quad() == 3);
  }

  /** A city or province: where things happen (a region such as "the West" may be a party). */
  private static boolean isPlace(Entity entity) {
    return entity != null && (entity.type() == EntityType.CITY || entity.type() == EntityType.STATE_OR_PROVINCE);
  }

  private static boolean countryCoded(Actor actor) {
    return actor.code() != null && actor.code().length() >= 3 && !actor.code().startsWith(ActorPhraseCoder.NULL);
  }

  /**
   * Whether the same verb also coded an actor the dictionaries know ("Novotny and Poland condemned…"): an uncoded
   * actor acting on no one ("Trump added…") is too little to be an event, but a conjunct shares its sibling's.
   */
  private static boolean sharesCodedEvent(Coding coding, List<Coding> sentence) {
    return sentence.stream().anyMatch(other -> other.start() == coding.start() && other.end() == coding.end()
        && other.cameo().equals(coding.cameo()) && !other.source().equals(ActorPhraseCoder.NULL));
  }

  /** The mentions of the sentence's document entities that may act: all but the MISC ones. */
  private static List<KnownPhrase> known(List<Entity> entities, Sentence sentence) {
    List<KnownPhrase> known = new ArrayList<>();
    for (Entity entity : entities) {
      if (entity.type() == EntityType.MISC) {
        continue;
      }
      for (Mention m : entity.nameMentions()) {
        if (m.start() >= sentence.start() && m.end() <= sentence.end()) {
          known.add(new KnownPhrase(m.start(), m.end()));
        }
      }
    }
    return known;
  }

  /**
   * Whether an event is background to another: its verb modifies a noun (a relative or participle clause: "the
   * sanctions that aim to tighten…") or lies under the verb of another event of the sentence ("offered troops to
   * help oust…"), which then stands for both.
   */
  private static boolean nested(SentenceGraph graph, int verb, List<Integer> verbs) {
    boolean sibling = false;
    for (int t = verb, steps = 0; t >= 0 && steps < 64; t = graph.head(t), steps++) {
      if (graph.relation(t).startsWith("acl")) {
        return true;
      }
      // Conjoined verbs ("complained … and promised …") are events side by side, not one under the other.
      if (t != verb && !sibling && verbs.contains(t)) {
        return true;
      }
      sibling = graph.relation(t).equals("conj");
    }
    return false;
  }

  /**
   * The noun a passive relative clause with its own agent says the act was done to ("Amadou Diallo, who was shot
   * by four officers"), or -1: such a clause reports an event of its own, not background to the sentence's.
   */
  private static int passiveRelative(SentenceGraph graph, int verb) {
    if (!graph.relation(verb).equals("acl:relcl") || graph.head(verb) < 0) {
      return -1;
    }
    int subject = graph.child(verb, Set.of("nsubj:pass"));
    if (subject < 0 || !RELATIVE.contains(graph.word(subject).toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (int c : graph.children(verb)) {
      if (graph.relation(c).startsWith("obl") && graph.children(c).stream()
          .anyMatch(x -> graph.relation(x).equals("case") && graph.word(x).equalsIgnoreCase("by"))) {
        return graph.head(verb);
      }
    }
    return -1;
  }

  /** The verb the coding was read from: the highest verb of the evidence span. */
  private static int verbToken(SentenceGraph graph, Coding coding) {
    int best = -1;
    int bestDepth = Integer.MAX_VALUE;
    for (int t = 0; t < graph.size(); t++) {
      if (graph.token(t).start() >= coding.start() && graph.token(t).end() <= coding.end()) {
        int depth = depth(graph, t) + (graph.isVerb(t) || "MD".equals(graph.pos(t)) ? 0 : 100);
        if (depth < bestDepth) {
          best = t;
          bestDepth = depth;
        }
      }
    }
    return Math.max(best, 0);
  }

  private static int depth(SentenceGraph graph, int token) {
    int depth = 0;
    for (int t = graph.head(token); t >= 0 && depth < 64; t = graph.head(t)) {
      depth++;
    }
    return depth;
  }

  /**
   * The value of a DATE expression in the verb's subtree, else of any DATE expression of the sentence; null when
   * the sentence has none.
   */
  private static String sentenceDate(SentenceGraph graph, BitSet clause, Sentence sentence,
      List<TimeExpression> times) {
    String anywhere = null;
    for (TimeExpression time : times) {
      if (time.type() != TimeType.DATE || time.value() == null || time.start() < sentence.start()
          || time.end() > sentence.end()) {
        continue;
      }
      for (int t = clause.nextSetBit(0); t >= 0; t = clause.nextSetBit(t + 1)) {
        if (graph.token(t).start() >= time.start() && graph.token(t).end() <= time.end()) {
          return time.value();
        }
      }
      anywhere = anywhere == null ? time.value() : anywhere;
    }
    return anywhere;
  }
}
