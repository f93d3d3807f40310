package org.newsgraph.time;

import org.newsgraph.nlp.ParseView;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Token;

/**
 * Reads the tense of the clause a span belongs to from the dependency parse: it walks up from the span's head to
 * the first verb (or copula) and looks at its tag and auxiliaries. Without a parse the tense is unknown.
 */
final class TenseReader {

  private static final int MAX_CLIMB = 8;
  private static final Set<String> ADJUNCTS = Set.of("obl", "obl:tmod", "obl:npmod", "nmod:tmod", "advmod");

  private final TimeWords words;

  TenseReader(TimeWords words) {
    this.words = words;
  }

  /** The tense of the clause holding the span, found by walking up from its head to the first predicate. */
  Tense tenseOf(Annotated document, int firstToken, int endToken) {
    ParseView parse = parse(document, firstToken);
    if (parse.isEmpty()) {
      return Tense.UNKNOWN;
    }
    int node = parse.head(firstToken, endToken);
    for (int step = 0; step < MAX_CLIMB && node >= 0; step++) {
      Tense tense = predicateTense(parse, node);
      if (tense != null) {
        return tense;
      }
      node = parse.governor(node);
    }
    return Tense.UNKNOWN;
  }

  /**
   * The tense of the predicate the span modifies directly, as a temporal adjunct ("rose in March", "the year ended
   * March 31"); unknown when the span hangs from a noun or adjective ("payable Dec. 7", "the October slaying").
   */
  Tense tenseOfGoverningVerb(Annotated document, int firstToken, int endToken) {
    ParseView parse = parse(document, firstToken);
    int head = parse.head(firstToken, endToken);
    int governor = parse.governor(head);
    if (parse.isEmpty() || governor < 0 || !ADJUNCTS.contains(parse.relation(head))) {
      return Tense.UNKNOWN;
    }
    Tense tense = predicateTense(parse, governor);
    return tense == null ? Tense.UNKNOWN : tense;
  }

  private static ParseView parse(Annotated document, int token) {
    return document.parse().sentence(document.tokens().get(token).sentence());
  }

  /** The tense of a node that is a verb or has a copula, else null. */
  private Tense predicateTense(ParseView parse, int node) {
    Token token = parse.token(node);
    List<Token> copulas = parse.dependents(node, "cop");
    return token.pos().startsWith("VB") || !copulas.isEmpty() ? verbTense(parse, token, copulas) : null;
  }

  private Tense verbTense(ParseView parse, Token verb, List<Token> copulas) {
    List<Token> auxiliaries = parse.dependents(verb.index(), "aux");
    for (Token auxiliary : auxiliaries) {
      if (isFutureCue(auxiliary)) {
        return Tense.FUTURE;
      }
      if (auxiliary.pos().equals("MD")) {
        return Tense.PRESENT; // "must be returned by", "could close in": a modal fixes no direction
      }
    }
    boolean infinitive = parse.dependents(verb.index(), "mark").stream().anyMatch(m -> m.pos().equals("TO"))
        || auxiliaries.stream().anyMatch(a -> a.pos().equals("TO"));
    if (infinitive) {
      // "is expected to vote", "plans to meet": the infinitive's time comes from the verb that governs it.
      int governor = parse.governor(verb.index());
      boolean future = governor >= 0 && isFutureCue(parse.token(governor))
          && !parse.token(governor).pos().equals("VBD");
      return future ? Tense.FUTURE : Tense.PRESENT;
    }
    List<Token> tensed = copulas.isEmpty() ? auxiliaries : copulas;
    for (Token auxiliary : tensed) {
      if (auxiliary.pos().equals("VBD") || lemma(auxiliary).equals("have")) {
        return Tense.PAST;
      }
    }
    if (!copulas.isEmpty()) {
      return Tense.PRESENT;
    }
    return switch (verb.pos()) {
      case "VBD" -> Tense.PAST;
      // A participle with no auxiliary ("the agency assessed last week", "the year ended March 31") or with
      // have/had is past; with a present-tense "be" it is a present passive.
      case "VBN" -> auxiliaries.stream().anyMatch(a -> a.pos().equals("VBZ") || a.pos().equals("VBP"))
          ? Tense.PRESENT : Tense.PAST;
      default -> Tense.PRESENT;
    };
  }

  private boolean isFutureCue(Token token) {
    return words.futureCues().contains(lemma(token)) || words.futureCues().contains(lower(token.text()));
  }

  private static String lemma(Token token) {
    return lower(token.lemma() == null ? token.text() : token.lemma());
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
