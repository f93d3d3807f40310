package org.newsgraph.time;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.NumberWords;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.WordList;

/**
 * Reads a length of time from its words ("about 18 months", "three weeks", "several days", "a year") as a TIMEX3
 * duration value (P18M, P3W, PXD, P1Y).
 */
final class Durations {

  /** Words of approximation or bound that may open a duration; TIMEX3 keeps them in the expression. */
  private static final Set<String> MODIFIERS = Set.of("about", "around", "roughly", "nearly", "almost", "some",
      "approximately", "over", "under", "more", "less", "than", "at", "least", "most", "up", "to", "another",
      "just", "only", "the", "next", "past", "first", "a");
  /** Counts TIMEX3 writes as X: an unknown number. */
  private static final Set<String> VAGUE = Set.of("several", "few", "many", "couple");

  private record Unit(String letter, int multiplier) {}

  private final Map<String, Unit> units;
  private final Map<String, BigDecimal> numbers;

  private Durations(Map<String, Unit> units, Map<String, BigDecimal> numbers) {
    this.units = units;
    this.numbers = numbers;
  }

  static Durations load() {
    Map<String, Unit> units = new HashMap<>();
    for (String[] row : WordList.rows(Durations.class, "duration-units.txt", 3)) {
      units.put(row[0], new Unit(row[1], Integer.parseInt(row[2])));
    }
    return new Durations(Map.copyOf(units), NumberWords.load().values());
  }

  /**
   * The duration value of {@code tokens} when they are a count and a unit of time, with approximation words before
   * them and nothing after: "about 18 months" is P18M; "18 months ago" is no duration.
   */
  Optional<String> value(List<Token> tokens) {
    if (tokens.size() < 2) {
      return Optional.empty();
    }
    Unit unit = unit(tokens.get(tokens.size() - 1).text());
    if (unit == null) {
      return Optional.empty();
    }
    int count = tokens.size() - 2;
    String number = tokens.get(count).text().toLowerCase(Locale.ROOT).replace(",", "");
    for (int i = 0; i < count; i++) {
      if (!MODIFIERS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
    }
    String amount;
    if (VAGUE.contains(number)) {
      amount = "X";
    } else if (number.equals("a") || number.equals("an")) {
      amount = Integer.toString(unit.multiplier());
    } else if (number.chars().allMatch(Character::isDigit) && !number.isEmpty() && number.length() < 6) {
      amount = Integer.toString(Integer.parseInt(number) * unit.multiplier());
    } else if (numbers.containsKey(number) && numbers.get(number).scale() <= 0) {
      amount = numbers.get(number).multiply(BigDecimal.valueOf(unit.multiplier())).toPlainString();
    } else {
      return Optional.empty();
    }
    boolean timeOfDay = unit.letter().startsWith("T");
    return Optional.of("P" + (timeOfDay ? "T" : "") + amount + (timeOfDay ? unit.letter().substring(1) : unit.letter()));
  }

  /** The unit a noun of time names, singular or plural, or null. */
  private Unit unit(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    Unit unit = units.get(lower);
    if (unit == null && lower.endsWith("s")) {
      unit = units.get(lower.substring(0, lower.length() - 1));
    }
    if (unit == null && lower.endsWith("ies")) {
      unit = units.get(lower.substring(0, lower.length() - 3) + "y");
    }
    return unit;
  }

  /** Whether a word names a unit of time. */
  boolean isUnit(String word) {
    return unit(word) != null;
  }
}
