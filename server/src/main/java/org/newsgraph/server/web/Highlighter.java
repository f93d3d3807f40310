package org.newsgraph.server.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cuts an article text into runs at every start and end of a highlight, so that overlapping facts (a name inside a
 * quote inside an event's evidence) each keep their exact offsets and no markup is ever nested by hand.
 */
public final class Highlighter {

  private Highlighter() {}

  /** The runs of {@code text} under {@code marks}; marks outside the text are clipped, empty ones dropped. */
  public static List<Run> runs(String text, List<Mark> marks) {
    return runs(text, marks, Set.of());
  }

  /** The runs, also cut at each of {@code cuts} (where something is to be inserted between runs). */
  public static List<Run> runs(String text, List<Mark> marks, Set<Integer> extraCuts) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    extraCuts.stream().filter(cut -> cut >= 0 && cut <= text.length()).forEach(cuts::add);
    List<Mark> kept = new ArrayList<>();
    for (Mark mark : marks) {
      int start = Math.max(0, Math.min(mark.start(), text.length()));
      int end = Math.max(start, Math.min(mark.end(), text.length()));
      if (end > start) {
        kept.add(new Mark(start, end, mark.kind(), mark.fact()));
        cuts.add(start);
        cuts.add(end);
      }
    }
    List<Run> runs = new ArrayList<>();
    Set<String> anchored = new HashSet<>();
    Integer from = cuts.first();
    for (Integer to : cuts.tailSet(from, false)) {
      Set<String> kinds = new LinkedHashSet<>();
      Set<String> facts = new LinkedHashSet<>();
      List<String> anchors = new ArrayList<>();
      List<String> pairs = new ArrayList<>();
      for (Mark mark : kept) {
        if (mark.start() <= from && mark.end() >= to) {
          kinds.add(mark.kind());
          facts.add(mark.fact());
          pairs.add(mark.kind() + ":" + mark.fact());
          if (mark.start() == from && anchored.add(mark.fact())) {
            anchors.add(mark.fact());
          }
        }
      }
      runs.add(new Run(text.substring(from, to), from, List.copyOf(kinds), List.copyOf(facts), anchors, pairs, false));
      from = to;
    }
    return runs;
  }
}
