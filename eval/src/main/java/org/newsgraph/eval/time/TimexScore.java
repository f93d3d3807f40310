package org.newsgraph.eval.time;

/**
 * Counts behind TempEval-3's temporal-expression scores, summed over documents.
 *
 * @param gold gold expressions
 * @param system extracted expressions
 * @param strict gold expressions matched by an extracted one with exactly the same span
 * @param relaxed gold expressions matched one-to-one by an overlapping extracted one
 * @param valueCorrect relaxed matches whose TIMEX3 value equals the gold value
 * @param typeCorrect relaxed matches whose TIMEX3 type equals the gold type
 */
public record TimexScore(int gold, int system, int strict, int relaxed, int valueCorrect, int typeCorrect) {

  public static final TimexScore ZERO = new TimexScore(0, 0, 0, 0, 0, 0);

  public TimexScore plus(TimexScore other) {
    return new TimexScore(gold + other.gold, system + other.system, strict + other.strict,
        relaxed + other.relaxed, valueCorrect + other.valueCorrect, typeCorrect + other.typeCorrect);
  }

  public double strictPrecision() {
    return ratio(strict, system);
  }

  public double strictRecall() {
    return ratio(strict, gold);
  }

  public double strictF1() {
    return f1(strictPrecision(), strictRecall());
  }

  public double relaxedPrecision() {
    return ratio(relaxed, system);
  }

  public double relaxedRecall() {
    return ratio(relaxed, gold);
  }

  public double relaxedF1() {
    return f1(relaxedPrecision(), relaxedRecall());
  }

  /** Share of relaxed matches with the right value. */
  public double valueAccuracy() {
    return ratio(valueCorrect, relaxed);
  }

  /** TempEval-3's value F1: the F1 of relaxed matches with the right value, which is value accuracy × relaxed F1. */
  public double valueF1() {
    return f1(ratio(valueCorrect, system), ratio(valueCorrect, gold));
  }

  public double typeAccuracy() {
    return ratio(typeCorrect, relaxed);
  }

  public double typeF1() {
    return f1(ratio(typeCorrect, system), ratio(typeCorrect, gold));
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
