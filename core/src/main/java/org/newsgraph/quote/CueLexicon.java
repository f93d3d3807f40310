package org.newsgraph.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The words that can mark an attribution, with how reliably they do: read from {@code cues.tsv}, which
 * {@code org.newsgraph.eval.quote.CueInventory} learns from PolNeAR train, and {@code cues-added.tsv}, written by
 * hand; {@code cue-roles.tsv} says which verbs take a listener as object, which prepositions join a topic and
 * which verbs a body decides by.
 */
final class CueLexicon {

  private static final String RESOURCE = "cues.tsv";
  private static final String ROLES = "cue-roles.tsv";
  private static final String ADDED = "cues-added.tsv";

  /** Per {@code lemma + "\t" + pos}: the share of its occurrences that head a cue. */
  private final Map<String, Double> shares;
  /** Words with a special part: "channel" verbs whose object is a listener, "topic" prepositions. */
  private final Map<String, String> roles;

  private CueLexicon(Map<String, Double> shares, Map<String, String> roles) {
    this.shares = Map.copyOf(shares);
    this.roles = Map.copyOf(roles);
  }

  static CueLexicon load(QuoteConfig config) {
    Map<String, Double> shares = new HashMap<>();
    for (String[] cells : rows(RESOURCE)) {
      int cues = Integer.parseInt(cells[2]);
      int occurrences = Math.max(cues, Integer.parseInt(cells[3]));
      double share = (double) cues / occurrences;
      if (cues >= config.minCues() && share >= config.minCueShare()) {
        shares.put(cells[0] + "\t" + cells[1], share);
      }
    }
    for (String[] cells : rows(ADDED)) {
      shares.put(cells[0] + "\t" + cells[1], 1.0);
    }
    Map<String, String> roles = new HashMap<>();
    for (String[] cells : rows(ROLES)) {
      roles.put(cells[0], cells[1]);
    }
    return new CueLexicon(shares, roles);
  }

  private static java.util.List<String[]> rows(String resource) {
    java.util.List<String[]> rows = new java.util.ArrayList<>();
    try (InputStream in = CueLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " next to " + CueLexicon.class.getName());
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** A verb whose object is who was spoken to ("told reporters"), not what was said. */
  boolean isChannel(String lemma) {
    return hasRole(lemma, "channel");
  }

  /** A preposition that joins a cue to what it is about ("complained about", "called for"). */
  boolean isTopicPreposition(String lemma) {
    return hasRole(lemma, "topic");
  }

  /** A noun whose findings a clause reports through "in" ("in a CNN poll"). */
  boolean isSurvey(String lemma) {
    return hasRole(lemma, "survey");
  }

  /** A noun whose "that" clause is what its possessor says ("his claim that …"). */
  boolean isClaim(String lemma) {
    return hasRole(lemma, "claim");
  }

  /** A verb by which a body decides ("voted", "approved", "rejected"). */
  boolean isDecision(String lemma) {
    return hasRole(lemma, "decision");
  }

  /** A common noun naming a group that decides by vote ("council", "board"). */
  boolean isBody(String lemma) {
    return hasRole(lemma, "body");
  }

  boolean isVerb(String lemma) {
    return shares.containsKey(lemma + "\tV");
  }

  boolean isNoun(String lemma) {
    return shares.containsKey(lemma + "\tN");
  }

  /** The share of a verb's occurrences that head a cue; 0 when it is no cue. */
  double verbShare(String lemma) {
    return shares.getOrDefault(lemma + "\tV", 0.0);
  }

  private boolean hasRole(String lemma, String role) {
    return role.equals(roles.get(lemma.toLowerCase(java.util.Locale.ROOT)));
  }
}
