package org.newsgraph.framing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Framing;
import org.newsgraph.model.FramingKind;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.WordList;

/**
 * Finds the reporter's hedges ({@code hedges.tsv}): adverbs on the verb of a claim ("allegedly shows"), adjectives
 * on its noun ("the so-called referendum"), "what X claimed/called" before it, and scare quotes around a single
 * word. Each applies to the quote it hedges when there is one, else to the claim's words.
 */
final class Hedges {

  static final String RESOURCE = "hedges.tsv";
  private static final Set<String> COPULAS = Set.of("be", "was", "were", "is", "are");
  private static final int RELATIVE_REACH = 4;
  private static final int HYPHENATED_PARTS = 4;

  private static final Set<String> FORMS = Set.of("adverb", "adjective", "relative");

  /** Entries as {@code word \t form}. */
  private final Set<String> words;
  private final Connotations connotations;

  Hedges(Connotations connotations) {
    this.connotations = connotations;
    Set<String> words = new HashSet<>();
    for (String[] row : WordList.rows(Hedges.class, RESOURCE, 2)) {
      if (!FORMS.contains(row[1])) {
        throw new IllegalStateException(RESOURCE + " entry " + row[0] + ": unknown form " + row[1]);
      }
      words.add(row[0] + "\t" + row[1]);
    }
    this.words = Set.copyOf(words);
  }

  /** The hedges of a text, given its speakers' words and its closed quoted stretches ({@code marked}). */
  List<Framing> find(Annotated annotated, Parse parse, SpeakersWords speakers, List<Segment> marked,
      Targets targets) {
    List<Framing> found = new ArrayList<>();
    List<Token> tokens = annotated.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (speakers.inside(token.start(), token.end())) {
        continue;
      }
      int last = hyphenated(tokens, i);
      if (last > i) {
        Token end = tokens.get(last);
        adjectiveTarget(end, parse).ifPresent(t -> found.add(record(annotated, token.start(), end.end(), t)));
        i = last;
        continue;
      }
      String word = token.text().toLowerCase(Locale.ROOT);
      String lemma = token.lemma() == null ? word : token.lemma().toLowerCase(Locale.ROOT);
      Optional<String> target = Optional.empty();
      if (words.contains(word + "\tadverb") && token.pos().startsWith("RB")) {
        target = Optional.of(adverbTarget(token, parse, targets));
      } else if (words.contains(word + "\tadjective") && token.pos().startsWith("JJ")
          || words.contains(word + "\tadjective") && parse.relation(token.index()).equals("amod")) {
        target = adjectiveTarget(token, parse);
      } else if (words.contains(lemma + "\trelative") && token.pos().startsWith("VB")
          && afterWhat(annotated, token)) {
        target = Optional.of(relativeTarget(annotated, token, marked, targets));
      }
      target.ifPresent(t -> found.add(record(annotated, token.start(), token.end(), t)));
    }
    found.addAll(scareQuotes(annotated, parse, marked, targets));
    return found;
  }

  /**
   * The last token of a hyphenated adjective hedge starting at {@code i} ("so-called", which the tokenizer splits
   * into "so", "-", "called"), or -1.
   */
  private int hyphenated(List<Token> tokens, int i) {
    StringBuilder joined = new StringBuilder(tokens.get(i).text().toLowerCase(Locale.ROOT));
    for (int k = i + 1; k < tokens.size() && k <= i + HYPHENATED_PARTS; k++) {
      if (tokens.get(k).start() != tokens.get(k - 1).end()) {
        return -1;
      }
      joined.append(tokens.get(k).text().toLowerCase(Locale.ROOT));
      if (joined.indexOf("-") > 0 && words.contains(joined + "\tadjective")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The quote whose cue the adverb modifies or stands right before ("allegedly shows that…", whatever the parse
   * made of it), else the quote holding it, else the clause of its verb.
   */
  private static String adverbTarget(Token token, Parse parse, Targets targets) {
    int verb = parse.head(token.index());
    for (int candidate : new int[] {verb, token.index() + 1}) {
      if (candidate >= 0 && candidate < parse.size()) {
        Optional<Quote> cued = targets.withCue(parse.token(candidate));
        if (cued.isPresent()) {
          return cued.get().id();
        }
      }
    }
    Optional<Quote> holding = targets.covering(token.start(), token.end());
    if (holding.isPresent()) {
      return holding.get().id();
    }
    return Targets.claim(verb >= 0 ? parse.subtree(verb) : new Segment(token.start(), token.end()));
  }

  /** The noun phrase the adjective modifies; empty when it modifies none (a predicate, "the claim is alleged"). */
  private static Optional<String> adjectiveTarget(Token token, Parse parse) {
    int noun = parse.head(token.index());
    if (noun < 0 || !parse.relation(token.index()).equals("amod")) {
      return Optional.empty();
    }
    return Optional.of(Targets.claim(parse.phrase(noun)));
  }

  /** True when "what" opens the clause of this verb a few words before it, in the same sentence. */
  private static boolean afterWhat(Annotated annotated, Token token) {
    Sentence sentence = annotated.sentenceOf(token);
    for (int i = token.index() - 1; i >= Math.max(sentence.firstToken(), token.index() - RELATIVE_REACH); i--) {
      Token before = annotated.tokens().get(i);
      if (before.text().equalsIgnoreCase("what")) {
        return true;
      }
      if (Parse.isPunctuation(before)) {
        return false;
      }
    }
    return false;
  }

  /**
   * What "what X claimed (was)" hedges: the quote the verb is the cue of, else the quotation or quote that follows,
   * else the words after it up to the next comma or the end of the sentence.
   */
  private static String relativeTarget(Annotated annotated, Token verb, List<Segment> marked, Targets targets) {
    Optional<Quote> cued = targets.withCue(verb);
    if (cued.isPresent()) {
      return cued.get().id();
    }
    List<Token> tokens = annotated.tokens();
    Sentence sentence = annotated.sentenceOf(verb);
    int next = verb.index() + 1;
    while (next < sentence.endToken() && COPULAS.contains(tokens.get(next).text().toLowerCase(Locale.ROOT))) {
      next++;
    }
    if (next >= sentence.endToken()) {
      return Targets.claim(new Segment(verb.start(), verb.end()));
    }
    int from = tokens.get(next).start();
    Optional<Segment> quotation = marked.stream().filter(q -> q.start() == from).findFirst();
    if (quotation.isPresent()) {
      return targets.exactly(quotation.get()).map(Quote::id).orElse(Targets.claim(quotation.get()));
    }
    int last = next;
    while (last + 1 < sentence.endToken() && !tokens.get(last + 1).text().equals(",")
        && !tokens.get(last + 1).text().equals(".")) {
      last++;
    }
    Segment span = new Segment(from, tokens.get(last).end());
    return targets.exactly(span).map(Quote::id).orElse(Targets.claim(span));
  }

  /**
   * Single words between quotation marks that nobody is quoted as saying: not inside a quote whose cue is a
   * reporting word of the lexicon ("called it “genocide”" quotes; "the “special” operation" distances).
   */
  private List<Framing> scareQuotes(Annotated annotated, Parse parse, List<Segment> marked, Targets targets) {
    List<Framing> found = new ArrayList<>();
    for (Segment quotation : marked) {
      List<Token> inside = annotated.tokens().stream()
          .filter(t -> t.start() > quotation.start() && t.end() < quotation.end()).toList();
      if (inside.size() != 1 || Parse.isPunctuation(inside.get(0)) || attributed(annotated, quotation, targets)) {
        continue;
      }
      Token word = inside.get(0);
      if (!looksScared(annotated, word, quotation, marked, targets)) {
        continue;
      }
      int head = parse.head(word.index());
      String relation = parse.relation(word.index());
      Segment claim = head >= 0 && (relation.equals("amod") || relation.equals("compound"))
          ? parse.phrase(head) : new Segment(word.start(), word.end());
      found.add(record(annotated, quotation.start(), quotation.end(), Targets.claim(claim)));
    }
    return found;
  }

  /**
   * A scare-quoted word is a lower-case word, not a pronoun, alone between marks in its sentence: capitalized ones
   * are mostly names and titles (Robert “Bobby” Scott, the film “13th”), and a sentence with other quotations (or
   * with a quote running into it) quotes someone's words piece by piece.
   */
  private static boolean looksScared(Annotated annotated, Token word, Segment quotation,
      List<Segment> marked, Targets targets) {
    if (!word.text().chars().allMatch(c -> Character.isLowerCase(c) || c == '-') || word.pos().startsWith("PRP")) {
      return false;
    }
    Sentence sentence = annotated.sentenceOf(word);
    return marked.stream().noneMatch(other -> other != quotation
        && other.start() < sentence.end() && other.end() > sentence.start())
        && targets.quotedIn(new Segment(sentence.start(), sentence.end())).stream()
            .noneMatch(q -> q.kind() != QuoteKind.INDIRECT
                && !(q.start() <= quotation.start() && quotation.end() <= q.end()));
  }

  private boolean attributed(Annotated annotated, Segment quotation, Targets targets) {
    Optional<Quote> quote = targets.covering(quotation.start() + 1, quotation.end() - 1);
    if (quote.isEmpty() || quote.get().cue() == null) {
      return false;
    }
    List<Token> cue = annotated.tokens().stream()
        .filter(t -> t.start() >= quote.get().cue().start() && t.end() <= quote.get().cue().end()).toList();
    return connotations.classify(cue).isPresent();
  }

  private static Framing record(Annotated annotated, int start, int end, String target) {
    return new Framing(FramingKind.HEDGE, annotated.text().substring(start, end), start, end, target, null);
  }
}
