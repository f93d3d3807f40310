package org.newsgraph.eval.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Event;

/**
 * Scores events against the PLOVER gold records. Each gold sentence has one event type; the pipeline's event types
 * for the sentence are a set: the gold type in the set is a true positive, every other type in the set a false
 * positive, a gold type missing from the set a false negative. Actor and recipient country accuracy are measured
 * on the sentences whose gold type was found, on the first event of that type, over gold actors with a code.
 */
public record PloverReport(List<PloverRecord> records, List<List<Event>> predicted, double seconds) {

  public PloverReport {
    records = List.copyOf(records);
    predicted = List.copyOf(predicted);
  }

  /** Counts of one type (or of all): true positives, false positives, false negatives. */
  public record Counts(int tp, int fp, int fn) {
    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }
  }

  private static Set<String> types(List<Event> events) {
    return events.stream().map(Event::type).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Per gold or predicted type. */
  public Map<String, Counts> byType() {
    Map<String, Counts> table = new TreeMap<>();
    for (int i = 0; i < records.size(); i++) {
      String gold = records.get(i).type();
      Set<String> found = types(predicted.get(i));
      table.merge(gold, found.contains(gold) ? new Counts(1, 0, 0) : new Counts(0, 0, 1), Counts::plus);
      for (String type : found) {
        if (!type.equals(gold)) {
          table.merge(type, new Counts(0, 1, 0), Counts::plus);
        }
      }
    }
    return table;
  }

  public Counts micro() {
    return byType().values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
  }

  /** Correct and scored actor (0) and recipient (1) countries. */
  public int[] countryAccuracy() {
    int[] counts = new int[4];
    for (int i = 0; i < records.size(); i++) {
      PloverRecord r = records.get(i);
      Optional<Event> event = predicted.get(i).stream().filter(e -> e.type().equals(r.type())).findFirst();
      if (event.isEmpty()) {
        continue;
      }
      score(r.sourceCountries(), event.get().actor(), counts, 0);
      score(r.targetCountries(), event.get().recipient(), counts, 2);
    }
    return counts;
  }

  private static void score(List<String> gold, Actor actor, int[] counts, int at) {
    if (gold.isEmpty()) {
      return;
    }
    counts[at + 1]++;
    String code = actor == null || actor.code() == null ? "" : actor.code();
    if (code.length() >= 3 && gold.contains(code.substring(0, 3))) {
      counts[at]++;
    }
  }

  public String render(boolean verbose) {
    StringBuilder out = new StringBuilder();
    if (verbose) {
      for (int i = 0; i < records.size(); i++) {
        PloverRecord r = records.get(i);
        List<String> found = new ArrayList<>();
        for (Event e : predicted.get(i)) {
          found.add(e.type() + "(" + e.cameo() + " " + code(e.actor()) + "→" + code(e.recipient()) + ")");
        }
        boolean hit = types(predicted.get(i)).contains(r.type());
        out.append(hit ? "✓ " : "✗ ").append(r.id()).append(" gold ").append(r.type()).append(' ')
            .append(r.sourceCountries()).append("→").append(r.targetCountries()).append(" got ").append(found)
            .append("\n    ").append(r.text()).append('\n');
      }
      out.append('\n');
    }
    out.append(String.format(Locale.ROOT, "%-10s %5s %5s %5s %9s %7s %6s%n", "type", "tp", "fp", "fn", "precision",
        "recall", "F1"));
    byType().forEach((type, c) -> out.append(row(type, c)));
    out.append(row("micro", micro()));
    int[] a = countryAccuracy();
    out.append(String.format(Locale.ROOT, "actor country: %d/%d (%.1f%%); recipient country: %d/%d (%.1f%%),"
        + " on sentences whose gold type was found%n", a[0], a[1], pct(a[0], a[1]), a[2], a[3], pct(a[2], a[3])));
    out.append(String.format(Locale.ROOT, "%d sentences in %.1f s (whole pipeline, %.0f ms per sentence)%n",
        records.size(), seconds, 1000 * seconds / Math.max(1, records.size())));
    return out.toString();
  }

  private static String code(Actor actor) {
    return actor == null ? "-" : actor.code() != null ? actor.code() : "?" + actor.name();
  }

  private static double pct(int a, int b) {
    return b == 0 ? 0 : 100.0 * a / b;
  }

  private static String row(String type, Counts c) {
    return String.format(Locale.ROOT, "%-10s %5d %5d %5d %9.3f %7.3f %6.3f%n", type, c.tp(), c.fp(), c.fn(),
        c.precision(), c.recall(), c.f1());
  }
}
