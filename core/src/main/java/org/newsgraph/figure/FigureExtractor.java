package org.newsgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Quote;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds the figures an article states: sums of money, percentages, and numbers that count something. Not figures:
 * numbers inside a time expression (years, dates), inside a name, ordinals, and bare numbers that count nothing
 * ("joined the army at 17"). Thread-safe.
 */
public final class FigureExtractor {

  private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  private static final String PERCENT = "percent";

  private final AmountReader amounts;
  private final CountReader counts;

  public FigureExtractor() {
    FigureWords words = FigureWords.load();
    this.amounts = new AmountReader(words);
    this.counts = new CountReader(words);
  }

  /**
   * The figures of an annotated text.
   *
   * @param quotes the document's quotes: a figure in a quote's words is its speaker's (the quote stage decides who
   *     said what, once); may be empty
   */
  public List<Figure> extract(Annotated document, List<Quote> quotes) {
    TimeSpans times = new TimeSpans(document);
    List<Figure> figures = new ArrayList<>();
    for (Sentence sentence : document.sentences()) {
      for (Amount amount : amounts.read(document, sentence)) {
        figure(document, sentence, amount, times, quotes).ifPresent(figures::add);
      }
    }
    return List.copyOf(figures);
  }

  private Optional<Figure> figure(Annotated document, Sentence sentence, Amount amount, TimeSpans times,
      List<Quote> quotes) {
    List<Token> tokens = document.tokens();
    int start = tokens.get(amount.firstToken()).start();
    int end = tokens.get(amount.endToken() - 1).end();
    if (times.overlaps(start, end) || insideName(tokens.subList(amount.firstToken(), amount.numberEnd()))) {
      return Optional.empty();
    }
    String unit;
    int unitToken;
    if (amount.isMoney() || amount.percent()) {
      unit = amount.isMoney() ? amount.currency() : PERCENT;
      unitToken = amount.endToken() - 1;
    } else {
      unitToken = counts.countedNoun(document, sentence, amount);
      if (unitToken < 0 || times.covers(tokens.get(unitToken))) {
        return Optional.empty();
      }
      unit = tokens.get(unitToken).text();
    }
    String counted = counts.counts(document, sentence, unitToken, times);
    return Optional.of(new Figure(document.text().substring(start, end), start, end, amount.value(), unit,
        counted, source(quotes, start, end)));
  }

  /** The speaker of the quote whose words hold the figure, or null when no quote with a speaker does. */
  private static Attribution source(List<Quote> quotes, int start, int end) {
    for (Quote quote : quotes) {
      boolean inside = quote.parts().stream().anyMatch(part -> part.start() <= start && end <= part.end());
      if (inside && quote.speaker() != null) {
        return new Attribution(quote.speaker().entity(), quote.speaker().name());
      }
    }
    return null;
  }

  private static boolean insideName(List<Token> tokens) {
    return tokens.stream().anyMatch(t -> NAME_TYPES.contains(t.ner()));
  }
}
