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
 */
public record Coding(String source, String target, String cameo, int start, int end, boolean negated,
    ActorPhrase sourcePhrase, ActorPhrase targetPhrase) {

  /** A coding whose actor phrases are not located. */
  public Coding(String source, String target, String cameo, int start, int end, boolean negated) {
    this(source, target, cameo, start, end, negated, null, null);
  }

  /** Whether both ends carry a code: an actor, or at least an agent ({@code ---GOV}). */
  public boolean isDyad() {
    return isCoded(source) && isCoded(target);
  }

  private static boolean isCoded(String code) {
    return code != null && !code.isEmpty() && !code.equals(ActorPhraseCoder.NULL);
  }
}
