package org.newsgraph.nlp;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Numbers written as words ("three", "dozen", "billion"), for every stage that reads a count from the text. */
public final class NumberWords {

  private final Map<String, BigDecimal> values;

  private NumberWords(Map<String, BigDecimal> values) {
    this.values = Map.copyOf(values);
  }

  /** Reads the list shipped beside this class ({@code number-words.txt}, documented in its header). */
  public static NumberWords load() {
    Map<String, BigDecimal> values = new HashMap<>();
    for (String line : WordList.lines(NumberWords.class, "number-words.txt")) {
      String[] parts = line.split("\\s+");
      if (parts.length != 2) {
        throw new IllegalStateException("number-words.txt: expected 'word value', got '" + line + "'");
      }
      values.put(parts[0], new BigDecimal(parts[1]));
    }
    return new NumberWords(values);
  }

  /** Each lower-case number word and its value. */
  public Map<String, BigDecimal> values() {
    return values;
  }
}
