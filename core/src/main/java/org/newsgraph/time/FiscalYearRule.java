package org.newsgraph.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Timex;
import org.newsgraph.nlp.Token;

/**
 * Reads "this fiscal year" as the accounting year it names, not as a one-year duration: the annotator takes only
 * "year" (P1Y). The span grows to the determiner and the value becomes the year it points to (TimeBank writes
 * the current fiscal year as the calendar year: "1989"). A bare year after "fiscal" ("fiscal 1989") grows to take
 * the modifier in.
 */
final class FiscalYearRule implements TimexRule {

  private final TimeWords words;

  FiscalYearRule(TimeWords words) {
    this.words = words;
  }

  @Override
  public Optional<Timex> apply(Timex timex, Annotated document, LocalDate anchor) {
    Sentence sentence = document.sentenceOf(document.tokens().get(timex.firstToken()));
    int first = timex.firstToken();
    if (first - 1 < sentence.firstToken() || !words.fiscalModifiers().contains(lower(document, first - 1))) {
      return Optional.of(timex);
    }
    Token last = document.tokens().get(timex.endToken() - 1);
    if (isYearNumber(last.text()) && timex.endToken() - first == 1) {
      return Optional.of(respan(document, timex, first - 1, timex.type(), timex.value()));
    }
    if (!lower(document, timex.endToken() - 1).equals("year") || !"DURATION".equals(timex.type())) {
      return Optional.of(timex);
    }
    int start = first - 1;
    int offset = 0;
    if (start - 1 >= sentence.firstToken() && words.yearOffsets().containsKey(lower(document, start - 1))) {
      start--;
      offset = words.yearOffsets().get(lower(document, start));
      if (start - 1 >= sentence.firstToken() && lower(document, start - 1).equals("the")) {
        start--; // "the current fiscal year", "the latest fiscal year"
      }
    }
    String value = anchor == null ? "XXXX" : Integer.toString(anchor.getYear() + offset);
    return Optional.of(respan(document, timex, start, "DATE", value));
  }

  private static Timex respan(Annotated document, Timex timex, int firstToken, String type, String value) {
    int start = document.tokens().get(firstToken).start();
    return new Timex(start, timex.end(), document.text().substring(start, timex.end()), type, value, firstToken,
        timex.endToken());
  }

  private static boolean isYearNumber(String text) {
    return text.length() == 4 && text.chars().allMatch(Character::isDigit);
  }

  private static String lower(Annotated document, int token) {
    return document.tokens().get(token).text().toLowerCase(Locale.ROOT);
  }
}
