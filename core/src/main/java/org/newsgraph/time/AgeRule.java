package org.newsgraph.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Timex;

/**
 * Drops ages ("a 6-year-old boy", "he is 52 years old") and the words listed in {@code not-times.txt} standing
 * alone: an age describes a person, not a time of the story, and TimeML does not annotate it.
 */
final class AgeRule implements TimexRule {

  private static final Pattern AGE = Pattern.compile(
      "(?i).*\\b[\\w.]+[- ](year|month|week|day)s?[- ]olds?\\b.*|.*\\b(years?|months?) old\\b.*");

  private final TimeWords words;

  AgeRule(TimeWords words) {
    this.words = words;
  }

  @Override
  public Optional<Timex> apply(Timex timex, Annotated document, LocalDate anchor) {
    String text = timex.text();
    boolean age = AGE.matcher(text).matches() || followedByOld(timex, document);
    boolean notTime = words.notTimes().contains(text.toLowerCase(Locale.ROOT));
    return age || notTime ? Optional.empty() : Optional.of(timex);
  }

  /** "52 years old" where the annotator took "52 years" and left "old" out. */
  private static boolean followedByOld(Timex timex, Annotated document) {
    int next = timex.endToken();
    return "DURATION".equals(timex.type()) && next < document.tokens().size()
        && document.tokens().get(next).sentence() == document.tokens().get(timex.firstToken()).sentence()
        && document.tokens().get(next).text().equalsIgnoreCase("old");
  }
}
