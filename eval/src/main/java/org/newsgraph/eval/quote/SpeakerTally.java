package org.newsgraph.eval.quote;

/**
 * Counts of speaker resolution over paired relations.
 *
 * @param named paired relations with a predicted speaker whose gold source contains a name
 * @param right of those, how many quotes resolve to that name's entity
 * @param unresolved of those, how many quotes resolve to no entity
 * @param pronouns paired relations with a predicted speaker whose gold source is a bare pronoun
 * @param pronounsResolved of those, how many quotes resolve to some entity (right or wrong cannot be told)
 * @param gendered of the "he" and "she" sources, how many resolve to a person whose gender the names tell
 * @param agreeing of those, how many resolve to a person of the pronoun's gender
 */
public record SpeakerTally(int named, int right, int unresolved, int pronouns, int pronounsResolved, int gendered,
    int agreeing) {

  static final SpeakerTally ZERO = new SpeakerTally(0, 0, 0, 0, 0, 0, 0);

  SpeakerTally plus(SpeakerTally other) {
    return new SpeakerTally(named + other.named, right + other.right, unresolved + other.unresolved,
        pronouns + other.pronouns, pronounsResolved + other.pronounsResolved, gendered + other.gendered,
        agreeing + other.agreeing);
  }

  /** The share of named gold sources whose quote resolves to the named entity, in percent. */
  public double rightShare() {
    return named == 0 ? 0 : 100.0 * right / named;
  }
}
