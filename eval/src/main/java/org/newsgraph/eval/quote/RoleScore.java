package org.newsgraph.eval.quote;

/**
 * Counts for one role (source, cue or content) under one match criterion.
 *
 * @param correct predicted spans matching the gold span of the relation they were paired with
 * @param predicted predicted relations that have this role
 * @param gold gold relations that have this role
 */
public record RoleScore(int correct, int predicted, int gold) {

  public double precision() {
    return predicted == 0 ? 0 : 100.0 * correct / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : 100.0 * correct / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  RoleScore plus(RoleScore other) {
    return new RoleScore(correct + other.correct, predicted + other.predicted, gold + other.gold);
  }
}
