package org.newsgraph.framing;

import java.util.HashMap;
import java.util.Map;
import org.newsgraph.nlp.WordList;

/** Word valences for tone scoring (AFINN-165, compiled by {@link AfinnCompiler}): words and phrases, -5 to +5. */
public final class ToneLexicon {

  private final Map<String, Integer> valences;
  private final int longestPhrase;

  ToneLexicon(Map<String, Integer> valences) {
    this.valences = Map.copyOf(valences);
    this.longestPhrase = valences.keySet().stream().mapToInt(w -> w.split(" ").length).max().orElse(1);
  }

  /** The AFINN-165 lexicon shipped with newsgraph. */
  public static ToneLexicon afinn() {
    Map<String, Integer> valences = new HashMap<>();
    for (String[] row : WordList.rows(ToneLexicon.class, AfinnCompiler.OUTPUT, 2)) {
      try {
        valences.put(row[0], Integer.parseInt(row[1]));
      } catch (NumberFormatException e) {
        throw new IllegalStateException(AfinnCompiler.OUTPUT + " entry " + row[0] + ": valence is no integer", e);
      }
    }
    return new ToneLexicon(valences);
  }

  /** The valence of a lower-case word or space-separated phrase; 0 when unlisted. */
  int valence(String words) {
    return valences.getOrDefault(words, 0);
  }

  /** The number of words of the longest listed phrase. */
  int longestPhrase() {
    return longestPhrase;
  }
}
