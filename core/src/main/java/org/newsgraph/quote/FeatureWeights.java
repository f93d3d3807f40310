package org.newsgraph.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One weight per string feature, the form in which the package's learned models are kept: a text table of
 * {@code feature TAB weight} lines, read, written and summed over a word's or an option's features.
 */
final class FeatureWeights {

  /** Weights smaller than this change no decision and are left out of the table. */
  private static final double PRUNE = 1e-3;

  private final Map<String, Double> weights;

  private FeatureWeights(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** The trained weights without those too small to matter. */
  static FeatureWeights pruned(Map<String, Double> trained) {
    Map<String, Double> kept = new TreeMap<>();
    trained.forEach((feature, weight) -> {
      if (Math.abs(weight) >= PRUNE) {
        kept.put(feature, weight);
      }
    });
    return new FeatureWeights(kept);
  }

  /** The table committed next to {@code owner} as {@code resource}. */
  static FeatureWeights load(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " next to " + owner.getName());
      }
      return read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a table written by {@link #lines()}: {@code feature TAB weight}, {@code #} comments. */
  static FeatureWeights read(InputStream in, String name) throws IOException {
    Map<String, Double> weights = new TreeMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException(name + ": line without a tab: " + line);
      }
      weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
    }
    return new FeatureWeights(weights);
  }

  /** The table as sorted {@code feature TAB weight} lines, weights rounded to 4 decimals so the file is stable. */
  List<String> lines() {
    List<String> lines = new ArrayList<>();
    new TreeMap<>(weights).forEach((feature, weight) ->
        lines.add(feature + "\t" + String.format(Locale.ROOT, "%.4f", weight)));
    return lines;
  }

  /** The summed weights of the features; a feature the table lacks weighs nothing. */
  double sum(List<String> features) {
    double score = 0;
    for (String feature : features) {
      score += weights.getOrDefault(feature, 0.0);
    }
    return score;
  }
}
