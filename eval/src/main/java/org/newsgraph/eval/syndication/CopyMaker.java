package org.newsgraph.eval.syndication;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes a syndicated copy of a real article the ways reposters do: another headline on top, the ending trimmed, a
 * byline added, and their clutter (related-story links between paragraphs, a follow-us line, a copyright notice,
 * the reposter's bio). Each copy gets one to four of these, drawn with a seeded random, so the set is the same each run.
 */
final class CopyMaker {

  static final String HEADLINE = "headline";
  static final String TRIMMED = "trimmed";
  static final String BYLINE = "byline";
  static final String CLUTTER = "clutter";
  static final List<String> EDITS = List.of(HEADLINE, TRIMMED, BYLINE, CLUTTER);

  private static final List<String> REPORTERS = List.of("Dana Whitfield", "Gordon Pyle", "Marta Quist",
      "Renee Dubois", "Ella Brandt", "Tom Okafor");
  private static final List<String> OUTLETS = List.of("The Coastal Ledger", "Valley Times", "Nord Wire",
      "Harbor Notes", "Daily Meridian");

  private final Random random;
  private final List<String> otherHeadlines;

  CopyMaker(long seed, List<String> otherHeadlines) {
    this.random = new Random(seed);
    this.otherHeadlines = otherHeadlines;
  }

  /** The edits for one copy: each kept with even odds, at least one. */
  Set<String> drawEdits() {
    Set<String> edits = new LinkedHashSet<>();
    for (String edit : EDITS) {
      if (random.nextBoolean()) {
        edits.add(edit);
      }
    }
    if (edits.isEmpty()) {
      edits.add(EDITS.get(random.nextInt(EDITS.size())));
    }
    return edits;
  }

  String copy(String original, Set<String> edits) {
    List<String> paragraphs = new ArrayList<>();
    for (String p : original.split("\\n\\s*\\n|\\n")) {
      if (!p.isBlank()) {
        paragraphs.add(p.strip());
      }
    }
    if (edits.contains(TRIMMED) && paragraphs.size() > 3) {
      // Cut a fifth to a half of the paragraphs from the end, as a site with a length limit does.
      int keep = Math.max(2, (int) Math.round(paragraphs.size() * (0.5 + 0.3 * random.nextDouble())));
      paragraphs = new ArrayList<>(paragraphs.subList(0, keep));
    }
    String outlet = OUTLETS.get(random.nextInt(OUTLETS.size()));
    if (edits.contains(CLUTTER)) {
      int links = 1 + random.nextInt(3);
      for (int i = 0; i < links && paragraphs.size() > 1; i++) {
        int at = 1 + random.nextInt(paragraphs.size() - 1);
        paragraphs.add(at, "Related: " + otherHeadline());
      }
      paragraphs.add("Follow " + outlet + " on Facebook and Twitter for the latest news.");
      paragraphs.add("Copyright 2016 " + outlet + ". All rights reserved. This material may not be published, "
          + "broadcast, rewritten or redistributed.");
      paragraphs.add(REPORTERS.get(random.nextInt(REPORTERS.size())) + " is a staff writer at " + outlet
          + " who covers politics and the courts. Reach her at the newsroom.");
    }
    if (edits.contains(BYLINE)) {
      paragraphs.add(0, "By " + REPORTERS.get(random.nextInt(REPORTERS.size())) + " | " + outlet);
    }
    if (edits.contains(HEADLINE)) {
      paragraphs.add(0, otherHeadline());
    }
    return String.join("\n\n", paragraphs) + "\n";
  }

  private String otherHeadline() {
    return otherHeadlines.get(random.nextInt(otherHeadlines.size()));
  }
}
