package org.newsgraph.framing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Framing;
import org.newsgraph.model.FramingKind;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.WordList;

/**
 * Finds the reporter's own verdicts on claims ({@code verdicts.tsv}, {@code claim-nouns.txt}) outside quotation
 * marks: "his bogus justification", "a false claim that…", "falsely claimed", "said without evidence". Each applies
 * to the quote of the claim when there is one, else to the claim's words.
 */
final class Verdicts {

  static final String VERDICTS = "verdicts.tsv";
  static final String CLAIM_NOUNS = "claim-nouns.txt";
  /** How far after an adjective its noun may stand for the record's text to run to it ("false claim"). */
  private static final int NOUN_REACH = 3;

  private final Map<String, String> forms = new HashMap<>();
  private final List<List<String>> phrases = new ArrayList<>();
  private final Set<String> claimNouns = new HashSet<>();

  private final Connotations connotations;

  Verdicts(Connotations connotations) {
    this.connotations = connotations;
    for (String[] row : WordList.rows(Verdicts.class, VERDICTS, 2)) {
      switch (row[1]) {
        case "adjective", "claim-adjective", "adverb" -> forms.put(row[0], row[1]);
        case "phrase" -> phrases.add(List.of(row[0].split(" ")));
        default -> throw new IllegalStateException(VERDICTS + " entry " + row[0] + ": unknown form " + row[1]);
      }
    }
    for (String[] row : WordList.rows(Verdicts.class, CLAIM_NOUNS, 1)) {
      claimNouns.add(row[0]);
    }
  }

  List<Framing> find(Annotated annotated, Parse parse, SpeakersWords speakers, Targets targets) {
    List<Framing> found = new ArrayList<>();
    List<Token> tokens = annotated.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (speakers.inside(token.start(), token.end())) {
        continue;
      }
      String form = forms.get(token.text().toLowerCase(Locale.ROOT));
      if (form != null && !form.equals("adverb")) {
        adjective(annotated, token, form.equals("claim-adjective"), parse, targets).ifPresent(found::add);
      } else if (form != null && token.pos().startsWith("RB")) {
        int verb = parse.head(i);
        found.add(record(annotated, token.start(), token.end(), clauseTarget(verb, token, parse, targets)));
      } else {
        int length = phraseAt(tokens, i);
        if (length > 0) {
          Token last = tokens.get(i + length - 1);
          int verb = parse.head(last.index());
          found.add(record(annotated, token.start(), last.end(), clauseTarget(verb, token, parse, targets)));
          i += length - 1;
        }
      }
    }
    return found;
  }

  /**
   * A verdict adjective: on the noun it modifies ("bogus justification") or, as a predicate, on its subject ("the
   * claim is baseless"); a claim-adjective only when that noun names a claim.
   */
  private Optional<Framing> adjective(Annotated annotated, Token token, boolean claimOnly, Parse parse,
      Targets targets) {
    int index = token.index();
    if (complementOfSpeech(index, parse)) {
      return Optional.empty();
    }
    int noun = parse.relation(index).equals("amod") ? parse.head(index) : parse.dependent(index, "nsubj");
    if (noun < 0) {
      return Optional.empty();
    }
    Token head = parse.token(noun);
    String lemma = head.lemma() == null ? head.text() : head.lemma();
    if (claimOnly && !claimNouns.contains(lemma.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String target = targets.withCue(head).map(Quote::id).orElse(Targets.claim(parse.phrase(noun)));
    int end = noun > index && noun - index <= NOUN_REACH ? head.end() : token.end();
    return Optional.of(record(annotated, token.start(), end, target));
  }

  /**
   * True when the adjective is what a speech verb says of something ("called the charges baseless", "said the
   * claims were false"): then the verdict is the speaker's, not the reporter's.
   */
  private boolean complementOfSpeech(int adjective, Parse parse) {
    String relation = parse.relation(adjective);
    int head = parse.head(adjective);
    if (head < 0) {
      return false;
    }
    if (relation.equals("xcomp") || relation.equals("ccomp")) {
      return isSpeech(head, parse);
    }
    // "called the charges baseless" parsed as an adjective after its noun, the object of the speech verb.
    return relation.equals("amod") && head < adjective && parse.relation(head).equals("obj")
        && parse.head(head) >= 0 && isSpeech(parse.head(head), parse);
  }

  private boolean isSpeech(int verb, Parse parse) {
    return connotations.classify(List.of(parse.token(verb))).isPresent();
  }

  /** The quote whose cue is {@code verb}, else the quote holding the verdict, else the verb's clause. */
  private static String clauseTarget(int verb, Token verdict, Parse parse, Targets targets) {
    if (verb >= 0) {
      Optional<Quote> cued = targets.withCue(parse.token(verb));
      if (cued.isPresent()) {
        return cued.get().id();
      }
    }
    return targets.covering(verdict.start(), verdict.end()).map(Quote::id)
        .orElse(Targets.claim(verb >= 0 ? parse.subtree(verb) : new Segment(verdict.start(), verdict.end())));
  }

  /** The number of tokens of the verdict phrase starting at {@code i}, or 0. */
  private int phraseAt(List<Token> tokens, int i) {
    for (List<String> phrase : phrases) {
      boolean matches = i + phrase.size() <= tokens.size();
      for (int k = 0; matches && k < phrase.size(); k++) {
        matches = tokens.get(i + k).text().equalsIgnoreCase(phrase.get(k));
      }
      if (matches) {
        return phrase.size();
      }
    }
    return 0;
  }

  private static Framing record(Annotated annotated, int start, int end, String target) {
    return new Framing(FramingKind.VERDICT, annotated.text().substring(start, end), start, end, target, null);
  }
}
