package org.newsgraph.eval.quote;

import java.util.List;
import java.util.Locale;

/**
 * Precision, recall and F1 of source, cue and content spans over attribution relations, exact and overlap match,
 * plus how many relations were paired and how their speakers resolved to document entities.
 */
public record QuoteScores(String split, int articles, int goldRelations, int predictedRelations, int paired,
    List<RoleScore> exact, List<RoleScore> overlap, SpeakerTally speakers) {

  public static final List<String> ROLES = List.of("source", "cue", "content");

  public QuoteScores {
    exact = List.copyOf(exact);
    overlap = List.copyOf(overlap);
  }

  public RoleScore exact(String role) {
    return exact.get(ROLES.indexOf(role));
  }

  public RoleScore overlap(String role) {
    return overlap.get(ROLES.indexOf(role));
  }

  /** A Markdown table. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "PolNeAR %s: %d articles, %d gold relations, %d predicted, %d paired%n%n",
        split, articles, goldRelations, predictedRelations, paired));
    out.append("| role | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (String role : ROLES) {
      RoleScore e = exact(role);
      RoleScore o = overlap(role);
      out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", role,
          e.precision(), e.recall(), e.f1(), o.precision(), o.recall(), o.f1()));
    }
    out.append(String.format(Locale.ROOT, "%nSpeakers: %d of %d paired quotes with a speaker whose gold source names "
        + "someone resolve to that entity (%.1f%%; %d resolve to none); %d of %d bare-pronoun sources resolve to an "
        + "entity; %d of %d \"he\"/\"she\" sources resolved to a person whose gender the names tell agree with it."
        + "%n", speakers.right(), speakers.named(), speakers.rightShare(), speakers.unresolved(),
        speakers.pronounsResolved(), speakers.pronouns(), speakers.agreeing(), speakers.gendered()));
    return out.toString();
  }
}
