package org.newsgraph.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimeType;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Timex;

/**
 * Turns the annotator's temporal expressions into newsgraph's, correcting what SUTime gets wrong on news: time words
 * inside names and headlines, ordinal counts of days, ages, fiscal years, calendar names (weekdays, weekends, months,
 * quarters) resolved in the direction of the clause's tense, "last June", the verb "last" before a length of time, and a
 * length of time joined to its date. Thread-safe.
 */
public final class TimeNormalizer {

  private final IntersectionSplitter splitter;
  private final List<TimexRule> rules;

  public TimeNormalizer() {
    TimeWords words = TimeWords.load();
    Durations durations = Durations.load();
    this.splitter = new IntersectionSplitter(durations);
    this.rules = List.of(new ProperNameRule(words), new OrdinalCountRule(words), new AgeRule(words),
        new FiscalYearRule(words), new TenseRule(words), new LastMonthRule(words), new LastingRule(durations));
  }

  /**
   * The corrected temporal expressions of a document.
   *
   * @param anchor the publication date the annotator resolved relative times against, or null when unknown
   */
  public List<TimeExpression> normalize(Annotated document, LocalDate anchor) {
    List<TimeExpression> expressions = new ArrayList<>();
    for (Timex whole : document.timexes()) {
      for (Timex timex : splitter.split(whole, document)) {
        Optional<Timex> corrected = Optional.of(timex);
        for (TimexRule rule : rules) {
          corrected = corrected.flatMap(t -> rule.apply(t, document, anchor));
        }
        corrected.map(TimeNormalizer::expression).ifPresent(expressions::add);
      }
    }
    return List.copyOf(expressions);
  }

  /** The annotator's temporal expressions as they are, without corrections: the baseline they are measured on. */
  public static List<TimeExpression> uncorrected(Annotated document) {
    return document.timexes().stream().map(TimeNormalizer::expression).toList();
  }

  private static TimeExpression expression(Timex timex) {
    return new TimeExpression(timex.text(), timex.start(), timex.end(),
        TimeType.valueOf(timex.type().toUpperCase(Locale.ROOT)), timex.value());
  }
}
