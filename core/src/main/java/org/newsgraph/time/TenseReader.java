package org.newsgraph.time;

import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Token;

/**
 * Reads the tense of the clause a span belongs to from the dependency parse: it walks up from the span's head to
 * the first verb (or copula) and looks at its tag and auxiliaries. Without a parse the tense is unknown.
 */
final class TenseReader {

  private static final int MAX_CLIMB = 8;

  private final TimeWords words;

  TenseReader(TimeWords words) {
    this.words = words;
  }

  Tense tenseOf(Annotated document, int firstToken, int endToken) {
    ParseView parse = new ParseView(document, document.sentenceOf(document.tokens().get(firstToken)));
    if (parse.isEmpty()) {
      return Tense.UNKNOWN;
    }
    int node = parse.head(firstToken, endToken);
    for (int step = 0; step < MAX_CLIMB && node >= 0; step++) {
      Token token = parse.token(node);
      List<Token> copulas = parse.dependents(node, "cop");
      if (token.pos().startsWith("VB") || !copulas.isEmpty()) {
        return verbTense(parse, token, copulas);
      }
      node = parse.governor(node);
    }
    return Tense.UNKNOWN;
  }

  private Tense verbTense(ParseView parse, Token verb, List<Token> copulas) {
    List<Token> auxiliaries = parse.dependents(verb.index(), "aux");
    for (Token auxiliary : auxiliaries) {
      if (isFutureCue(auxiliary)) {
        return Tense.FUTURE;
      }
    }
    if (verb.pos().equals("VB") && !parse.dependents(verb.index(), "mark").isEmpty()) {
      // "is expected to vote", "plans to meet": the infinitive's time comes from the verb that governs it.
      int governor = parse.governor(verb.index());
      if (governor >= 0 && isFutureCue(parse.token(governor)) && !parse.token(governor).pos().equals("VBD")) {
        return Tense.FUTURE;
      }
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
      // A participle with no auxiliary ("the agency assessed last week") or with have/had is past.
      case "VBN" -> auxiliaries.stream().anyMatch(a -> a.pos().equals("VBZ") || a.pos().equals("VBP"))
          && auxiliaries.stream().noneMatch(a -> lemma(a).equals("have")) ? Tense.PRESENT : Tense.PAST;
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
