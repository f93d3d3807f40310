package org.newsgraph.eval.framing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cue connotations of one outlet's articles.
 *
 * @param byConnotation gold cues per connotation ("neutral", "positive", "negative", "unlisted")
 * @param loadedWords gold cue words with a positive or negative connotation, by lemma, most frequent first
 * @param engine loaded_cue records the engine found per connotation; empty when the engine was not run
 */
public record OutletCues(String outlet, int articles, int cues, Map<String, Integer> byConnotation,
    Map<String, Integer> loadedWords, Map<String, Integer> engine) {

  public OutletCues {
    byConnotation = Map.copyOf(byConnotation);
    loadedWords = Collections.unmodifiableMap(new LinkedHashMap<>(loadedWords));
    engine = Map.copyOf(engine);
  }

  public int count(String connotation) {
    return byConnotation.getOrDefault(connotation, 0);
  }
}
