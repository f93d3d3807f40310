package org.newsgraph.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Framing;
import org.newsgraph.model.FramingKind;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Token;

/**
 * Finds loaded attribution cues: the cue of each quote that the lexicon calls positive or negative, and loaded
 * speech verbs outside any quote's cue ("Lukashenko whined about sanctions") that govern a complement.
 */
final class LoadedCues {

  private static final Set<String> TOPIC_PREPOSITIONS = Set.of("about", "over", "of", "on");

  private final Connotations connotations;

  LoadedCues(Connotations connotations) {
    this.connotations = connotations;
  }

  List<Framing> find(Annotated annotated, List<Quote> quotes, Parse parse, SpeakersWords speakers, Targets targets) {
    List<Framing> found = new ArrayList<>();
    boolean[] cueToken = new boolean[annotated.tokens().size()];
    for (Quote quote : quotes) {
      if (quote.cue() == null) {
        continue;
      }
      List<Token> tokens = annotated.tokens().stream()
          .filter(t -> t.start() >= quote.cue().start() && t.end() <= quote.cue().end()).toList();
      tokens.forEach(t -> cueToken[t.index()] = true);
      connotations.classify(tokens)
          .filter(word -> word.connotation() != Connotation.NEUTRAL)
          .ifPresent(word -> found.add(record(annotated, word.start(), word.end(), quote.id(), word.connotation())));
    }
    for (Token token : annotated.tokens()) {
      if (cueToken[token.index()] || !token.pos().startsWith("VB")
          || speakers.inside(token.start(), token.end())) {
        continue;
      }
      Connotations.Alone alone = connotations.alone(token);
      if (alone != Connotations.Alone.NO) {
        appliesTo(token.index(), alone, parse, targets).ifPresent(target -> found.add(record(annotated,
            token.start(), token.end(), target, connotations.classify(List.of(token)).orElseThrow().connotation())));
      }
    }
    return found;
  }

  /**
   * What a loaded verb without a quote applies to: a quote inside its complement, else its clause, else its
   * subject's entity, else its complement; empty when it governs no complement of the kind its entry asks.
   */
  private static Optional<String> appliesTo(int verb, Connotations.Alone alone, Parse parse, Targets targets) {
    int clause = parse.dependent(verb, "ccomp");
    int complement = clause;
    if (complement < 0 && alone == Connotations.Alone.ANY) {
      complement = topic(verb, parse);
      if (complement < 0) {
        complement = parse.dependent(verb, "obj");
      }
    }
    if (complement < 0) {
      return Optional.empty();
    }
    Segment span = complement == clause ? parse.subtree(complement) : parse.phrase(complement);
    Optional<Quote> quote = targets.within(span);
    if (quote.isPresent()) {
      return Optional.of(quote.get().id());
    }
    if (clause >= 0) {
      return Optional.of(Targets.claim(span));
    }
    int subject = parse.dependent(verb, "nsubj");
    if (subject >= 0) {
      Optional<Entity> speaker = targets.entityAt(parse.token(subject));
      if (speaker.isPresent()) {
        return Optional.of(speaker.get().id());
      }
    }
    return Optional.of(Targets.claim(span));
  }

  /** The object of a topic preposition ("whined about sanctions"), or -1. */
  private static int topic(int verb, Parse parse) {
    for (int child : parse.dependents(verb)) {
      if (parse.relation(child).startsWith("obl")) {
        int mark = parse.dependent(child, "case");
        if (mark >= 0 && TOPIC_PREPOSITIONS.contains(parse.token(mark).text().toLowerCase(Locale.ROOT))) {
          return child;
        }
      }
    }
    return -1;
  }

  private static Framing record(Annotated annotated, int start, int end, String target, Connotation connotation) {
    return new Framing(FramingKind.LOADED_CUE, annotated.text().substring(start, end), start, end, target,
        connotation.json());
  }
}
