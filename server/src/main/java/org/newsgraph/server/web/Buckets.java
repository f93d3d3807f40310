package org.newsgraph.server.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Interval;

/**
 * A timeline's buckets from its first to its last, the empty ones included, so that a chart's gaps are gaps in
 * time and not missing bars. Buckets whose labels cannot be read as dates are kept as they come.
 */
final class Buckets {

  private static final int MAX_FILLED = 5_000;

  private Buckets() {}

  static List<Map.Entry<String, Long>> filled(List<FacetCount> counts, Interval interval) {
    List<Map.Entry<String, Long>> plain = counts.stream()
        .map(c -> (Map.Entry<String, Long>) new AbstractMap.SimpleEntry<>(c.value(), c.count())).toList();
    if (counts.size() < 2) {
      return plain;
    }
    Map<String, Long> byLabel = new HashMap<>();
    counts.forEach(c -> byLabel.put(c.value(), c.count()));
    try {
      LocalDate day = start(counts.get(0).value(), interval);
      LocalDate last = start(counts.get(counts.size() - 1).value(), interval);
      List<Map.Entry<String, Long>> all = new ArrayList<>();
      while (!day.isAfter(last) && all.size() < MAX_FILLED) {
        String label = label(day, interval);
        all.add(new AbstractMap.SimpleEntry<>(label, byLabel.getOrDefault(label, 0L)));
        day = switch (interval) {
          case DAY -> day.plusDays(1);
          case WEEK -> day.plusWeeks(1);
          case MONTH -> day.plusMonths(1);
        };
      }
      return all.size() >= MAX_FILLED ? plain : all;
    } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
      return plain;
    }
  }

  private static LocalDate start(String label, Interval interval) {
    return switch (interval) {
      case DAY -> LocalDate.parse(label);
      case MONTH -> YearMonth.parse(label).atDay(1);
      case WEEK -> LocalDate.of(Integer.parseInt(label.substring(0, 4)), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(label.substring(label.indexOf('W') + 1)))
          .with(DayOfWeek.MONDAY);
    };
  }

  private static String label(LocalDate day, Interval interval) {
    return switch (interval) {
      case DAY -> day.toString();
      case MONTH -> day.toString().substring(0, 7);
      case WEEK -> String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
          day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    };
  }
}
