package org.newsgraph.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.newsgraph.store.query.Passage;

/**
 * Finds the passages of an article's text that match a query's words with Lucene's unified highlighter, which
 * analyzes the text as the index did, so what it marks is what matched. Thread-safe.
 */
final class Passages {

  /** Articles are highlighted whole, not only their first 10,000 characters (the highlighter's default). */
  private static final int WHOLE = Integer.MAX_VALUE - 1;

  private final UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(StoreAnalyzers.forText())
      .withMaxLength(WHOLE).withMaxNoHighlightPassages(1).withFormatter(new Offsets())
      // Term by term: matching the whole query against the text alone would fail on a clause of the title.
      .withWeightMatches(false).build();

  /**
   * The {@code max} best passages of {@code text} for the words of {@code words} in text order; the first sentence
   * when none matches or {@code words} is null.
   */
  @SuppressWarnings("unchecked")
  List<Passage> of(Query words, String text, int max) throws IOException {
    Object found = highlighter.highlightWithoutSearcher(Fields.TEXT, words == null ? new MatchNoDocsQuery() : words,
        text, max);
    return found == null ? List.of() : (List<Passage>) found;
  }

  /** Keeps the highlighter's passages as offsets, for the caller to mark up as it writes. */
  private static final class Offsets extends PassageFormatter {
    @Override
    public Object format(org.apache.lucene.search.uhighlight.Passage[] passages, String content) {
      List<Passage> kept = new ArrayList<>();
      for (org.apache.lucene.search.uhighlight.Passage passage : passages) {
        List<Passage.Match> matches = new ArrayList<>();
        for (int i = 0; i < passage.getNumMatches(); i++) {
          int start = passage.getMatchStarts()[i];
          int end = passage.getMatchEnds()[i];
          // The highlighter reports each term of a phrase apart; adjoining or overlapping ones are one match.
          if (!matches.isEmpty() && start <= matches.get(matches.size() - 1).end() + 1) {
            Passage.Match last = matches.remove(matches.size() - 1);
            matches.add(new Passage.Match(last.start(), Math.max(last.end(), end)));
          } else {
            matches.add(new Passage.Match(start, end));
          }
        }
        kept.add(new Passage(passage.getStartOffset(), passage.getEndOffset(), matches));
      }
      return kept;
    }
  }
}
