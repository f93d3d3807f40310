package org.newsgraph.eval.quote;

/**
 * Counts of speaker resolution over paired relations.
 *
 * @param named paired relations with a predicted speaker whose gold source contains a name
 * @param right of those, how many quotes resolve to that name's entity
 * @param unresolved of those, how many quotes resolve to no entity
 * @param pronouns paired relations with a predicted speaker whose gold source is a bare pronoun
 * @param pronounsResolved of those, how many quotes resolve to some entity (right or wrong cannot be told)
 */
public record SpeakerTally(int named, int right, int unresolved, int pronouns, int pronounsResolved) {

  static final SpeakerTally ZERO = new SpeakerTally(0, 0, 0, 0, 0);

  SpeakerTally plus(SpeakerTally other) {
    return new SpeakerTally(named + other.named, right + other.right, unresolved + other.unresolved,
        pronouns + other.pronouns, pronounsResolved + other.pronounsResolved);
  }

  /** The share of named gold sources whose quote resolves to the named entity, in percent. */
  public double rightShare() {
    return named == 0 ? 0 : 100.0 * right / named;
  }
}
