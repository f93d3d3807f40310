package org.newsgraph.eval.time;

import java.util.List;
import java.util.Objects;
import org.newsgraph.model.TimeExpression;

/**
 * Scores extracted temporal expressions against gold ones as TempEval-3 task A does: strict (same span) and relaxed
 * (overlapping span) matching, then value and type over the relaxed matches. Each expression matches at most once.
 */
public final class TimexScorer {

  public TimexScore score(List<TimeExpression> gold, List<TimeExpression> system) {
    return new TimexScore(gold.size(), system.size(), strictMatches(gold, system), 0, 0, 0).plus(relaxed(gold,
        system));
  }

  private static int strictMatches(List<TimeExpression> gold, List<TimeExpression> system) {
    boolean[] used = new boolean[system.size()];
    int matches = 0;
    for (TimeExpression expected : gold) {
      for (int i = 0; i < system.size(); i++) {
        TimeExpression found = system.get(i);
        if (!used[i] && found.start() == expected.start() && found.end() == expected.end()) {
          used[i] = true;
          matches++;
          break;
        }
      }
    }
    return matches;
  }

  private static TimexScore relaxed(List<TimeExpression> gold, List<TimeExpression> system) {
    boolean[] used = new boolean[system.size()];
    int matches = 0;
    int values = 0;
    int types = 0;
    for (TimeExpression expected : gold) {
      int best = -1;
      for (int i = 0; i < system.size(); i++) {
        TimeExpression found = system.get(i);
        if (!used[i] && found.start() < expected.end() && expected.start() < found.end()) {
          boolean exact = found.start() == expected.start() && found.end() == expected.end();
          if (best < 0 || exact) {
            best = i; // the first overlapping candidate, or the exact one when there is one
          }
          if (exact) {
            break;
          }
        }
      }
      if (best >= 0) {
        used[best] = true;
        matches++;
        TimeExpression found = system.get(best);
        values += Objects.equals(found.value(), expected.value()) ? 1 : 0;
        types += found.type() == expected.type() ? 1 : 0;
      }
    }
    return new TimexScore(0, 0, 0, matches, values, types);
  }
}
