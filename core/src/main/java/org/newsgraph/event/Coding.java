package org.newsgraph.event;

/**
 * One coded event of a sentence, in CAMEO terms: who did what to whom, and the words that say it.
 *
 * @param source the source actor code, e.g. {@code ARNGOV}; {@code ---} when no actor was found
 * @param target the target actor code; {@code ---} when none was found
 * @param cameo the CAMEO event code, e.g. {@code 064}
 * @param start character offset where the evidence (the verb and the pattern's words) starts
 * @param end character offset where it ends (exclusive)
 * @param negated whether the verb is negated ({@code not}, {@code never}, {@code n't}) and no pattern said so
 * @param sourcePhrase where the source was read, or null when no phrase names it
 * @param targetPhrase where the target was read, or null
 * @param weight the weight of the verb pattern that coded it ({@link VerbPattern#weight()}), 0 when the verb's own
 *     code applied without a pattern: the coder's score, by which it chose this pattern over the verb's others
 */
public record Coding(String source, String target, String cameo, int start, int end, boolean negated,
    ActorPhrase sourcePhrase, ActorPhrase targetPhrase, int weight) {

  /** A coding whose actor phrases are not located, read without a pattern. */
  public Coding(String source, String target, String cameo, int start, int end, boolean negated) {
    this(source, target, cameo, start, end, negated, null, null, 0);
  }

  /** This coding with another CAMEO code, as a reading of the same words. */
  public Coding withCameo(String code) {
    return new Coding(source, target, code, start, end, negated, sourcePhrase, targetPhrase, weight);
  }

  Coding withWeight(int newWeight) {
    return new Coding(source, target, cameo, start, end, negated, sourcePhrase, targetPhrase, newWeight);
  }

  /** This coding with another source actor. */
  public Coding withSource(String code, ActorPhrase phrase) {
    return new Coding(code, target, cameo, start, end, negated, phrase, targetPhrase, weight);
  }

  /** This coding with another target actor. */
  public Coding withTarget(String code, ActorPhrase phrase) {
    return new Coding(source, code, cameo, start, end, negated, sourcePhrase, phrase, weight);
  }

  /** Whether both ends carry a code: an actor, or at least an agent ({@code ---GOV}). */
  public boolean isDyad() {
    return isCoded(source) && isCoded(target);
  }

  private static boolean isCoded(String code) {
    return code != null && !code.isEmpty() && !code.equals(ActorPhraseCoder.NULL);
  }
}
