package org.newsgraph.quote;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.ling.Datum;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A maximum-entropy (logistic) model of whether a word is an attribution cue in its context, over the string
 * features of {@link CueFeatures}: trained with CoreNLP's {@code LinearClassifierFactory}, kept as a table of one
 * weight per feature (the log-odds it adds for "cue"). The only class of the package that touches CoreNLP types.
 */
public final class CueClassifier {

  /** The model committed next to this class; see the header of the file for what it was trained on. */
  public static final String RESOURCE = "cue-model.tsv";

  private static final String CUE = "cue";
  private static final String OTHER = "other";
  /** Weights smaller than this change no decision and are left out of the table. */
  private static final double PRUNE = 1e-3;

  private final Map<String, Double> weights;

  private CueClassifier(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** Trains on examples: each a feature list, labelled by whether the word is a cue. */
  public static CueClassifier train(List<List<String>> features, List<Boolean> labels, double sigma) {
    if (features.size() != labels.size()) {
      throw new IllegalArgumentException("features and labels differ in size: " + features.size() + " vs "
          + labels.size());
    }
    List<Datum<String, String>> data = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      data.add(new BasicDatum<>(features.get(i), labels.get(i) ? CUE : OTHER));
    }
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(sigma);
    factory.setVerbose(false);
    LinearClassifier<String, String> model = factory.trainClassifier(data);
    Collection<String> labelSet = model.labels();
    if (!labelSet.contains(CUE) || !labelSet.contains(OTHER)) {
      throw new IllegalArgumentException("training needs both cues and other words, got labels " + labelSet);
    }
    Map<String, Double> weights = new TreeMap<>();
    for (String feature : model.features()) {
      double weight = model.weight(feature, CUE) - model.weight(feature, OTHER);
      if (Math.abs(weight) >= PRUNE) {
        weights.put(feature, weight);
      }
    }
    return new CueClassifier(weights);
  }

  /** The committed model. */
  public static CueClassifier load() {
    try (InputStream in = CueClassifier.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " next to " + CueClassifier.class.getName());
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a table written by {@link #lines()}: {@code feature TAB weight}, {@code #} comments. */
  public static CueClassifier read(InputStream in) throws IOException {
    Map<String, Double> weights = new TreeMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException("cue model line without a tab: " + line);
      }
      weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
    }
    return new CueClassifier(weights);
  }

  /** The model as sorted {@code feature TAB weight} lines, weights rounded to 4 decimals so the file is stable. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    new TreeMap<>(weights).forEach((feature, weight) ->
        lines.add(feature + "\t" + String.format(Locale.ROOT, "%.4f", weight)));
    return lines;
  }

  /** The probability that a word with these features is a cue. */
  public double probability(List<String> features) {
    double score = 0;
    for (String feature : features) {
      score += weights.getOrDefault(feature, 0.0);
    }
    return 1 / (1 + Math.exp(-score));
  }
}
