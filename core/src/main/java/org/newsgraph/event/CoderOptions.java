package org.newsgraph.event;

/**
 * How the coder decides what to keep.
 *
 * @param requireDyad keep only codings with both a source and a target (PETRARCH's {@code require_dyad})
 * @param placesAsTargets whether a phrase after {@code in} may be the target when the pattern does
 *     not place it ("renewed the license in Michel Delving" → the Shire): PETRARCH's reading, kept for its suite;
 *     news reads "met in Berlin with Kuleba" as a place and a recipient
 * @param nominalEvents whether nouns that name an event with its actor are coded too ("an ambush by the Taliban";
 *     see {@link NominalEvents}): news does, PETRARCH's verb-only suite does not
 */
public record CoderOptions(boolean requireDyad, boolean placesAsTargets, boolean nominalEvents) {

  /** Verbs only, as PETRARCH codes. */
  public CoderOptions(boolean requireDyad, boolean placesAsTargets) {
    this(requireDyad, placesAsTargets, false);
  }

  /** PETRARCH's reading, with the given dyad rule. */
  public CoderOptions(boolean requireDyad) {
    this(requireDyad, true);
  }

  /**
   * The event stage's reading of news: real news names one actor far more often than two, so a recipient is not
   * required, and places are not recipients.
   */
  public static CoderOptions news() {
    return new CoderOptions(false, false, true);
  }

  /** PETRARCH's defaults. */
  public static CoderOptions defaults() {
    return new CoderOptions(true, true);
  }
}
