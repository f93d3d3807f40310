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
 * {@code org.newsgraph.eval.quote.CueInventory} learns from PolNeAR train.
 */
final class CueLexicon {

  private static final String RESOURCE = "cues.tsv";

  /** Per {@code lemma + "\t" + pos}: the share of its occurrences that head a cue. */
  private final Map<String, Double> shares;

  private CueLexicon(Map<String, Double> shares) {
    this.shares = Map.copyOf(shares);
  }

  static CueLexicon load(QuoteConfig config) {
    Map<String, Double> shares = new HashMap<>();
    try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " next to " + CueLexicon.class.getName());
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        int cues = Integer.parseInt(cells[2]);
        int occurrences = Math.max(cues, Integer.parseInt(cells[3]));
        double share = (double) cues / occurrences;
        if (cues >= config.minCues() && share >= config.minCueShare()) {
          shares.put(cells[0] + "\t" + cells[1], share);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CueLexicon(shares);
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
}
