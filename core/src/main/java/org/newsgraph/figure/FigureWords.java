package org.newsgraph.figure;

import org.newsgraph.nlp.NumberWords;
import org.newsgraph.nlp.WordList;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The word lists figure extraction reads, from the resource files beside this class (each documented in its header). */
record FigureWords(Map<String, String> currencySigns, Map<String, String> currencyNames,
    Map<String, String> dollarCountries, Map<String, BigDecimal> numberWords, List<List<String>> percentPhrases,
    Set<String> countPrepositions) {

  static FigureWords load() {
    List<List<String>> percents = WordList.lines(FigureWords.class, "percent-words.txt").stream()
        .map(line -> Arrays.asList(line.toLowerCase(Locale.ROOT).split("\\s+"))).toList();
    return new FigureWords(pairs("currency-symbols.txt"), pairs("currency-words.txt"), pairs("dollar-countries.txt"),
        NumberWords.load().values(), percents, Set.copyOf(WordList.lines(FigureWords.class, "count-prepositions.txt")));
  }

  private static Map<String, String> pairs(String resource) {
    Map<String, String> map = new HashMap<>();
    for (String line : WordList.lines(FigureWords.class, resource)) {
      String[] parts = line.split("\\s+");
      if (parts.length != 2) {
        throw new IllegalStateException(resource + ": expected two fields, got '" + line + "'");
      }
      map.put(parts[0], parts[1]);
    }
    return Map.copyOf(map);
  }
}
