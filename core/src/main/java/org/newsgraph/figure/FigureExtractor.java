package org.newsgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Figure;
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
  private final SourceFinder sources;

  public FigureExtractor() {
    FigureWords words = FigureWords.load();
    this.amounts = new AmountReader(words);
    this.counts = new CountReader(words);
    this.sources = new SourceFinder(words);
  }

  /**
   * The figures of an annotated text.
   *
   * @param entities the document's entities, to name sources by; may be empty
   */
  public List<Figure> extract(Annotated document, List<Entity> entities) {
    TimeSpans times = new TimeSpans(document);
    List<Figure> figures = new ArrayList<>();
    for (Sentence sentence : document.sentences()) {
      for (Amount amount : amounts.read(document, sentence)) {
        figure(document, sentence, amount, times, entities).ifPresent(figures::add);
      }
    }
    return List.copyOf(figures);
  }

  private Optional<Figure> figure(Annotated document, Sentence sentence, Amount amount, TimeSpans times,
      List<Entity> entities) {
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
    int head = amount.isMoney() || amount.percent() ? amount.firstToken() : unitToken;
    Attribution source = sources.find(document, sentence, head, entities);
    return Optional.of(new Figure(document.text().substring(start, end), start, end, amount.value(), unit,
        counted, source));
  }

  private static boolean insideName(List<Token> tokens) {
    return tokens.stream().anyMatch(t -> NAME_TYPES.contains(t.ner()));
  }
}
