package org.newsgraph.quote;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.ling.Datum;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A maximum-entropy (logistic) model of whether a word is an attribution cue in its context, over the string
 * features of {@link CueFeatures}: trained with CoreNLP's {@code LinearClassifierFactory}, kept as a table of one
 * weight per feature (the log-odds it adds for "cue"). With {@link SpanModel}, the only classes of the package that
 * touch CoreNLP types, and only to train.
 */
public final class CueClassifier {

  /** The model committed next to this class; see the header of the file for what it was trained on. */
  public static final String RESOURCE = "cue-model.tsv";

  private static final String CUE = "cue";
  private static final String OTHER = "other";

  private final FeatureWeights weights;

  private CueClassifier(FeatureWeights weights) {
    this.weights = weights;
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
      weights.put(feature, model.weight(feature, CUE) - model.weight(feature, OTHER));
    }
    return new CueClassifier(FeatureWeights.pruned(weights));
  }

  /** The committed model. */
  public static CueClassifier load() {
    return new CueClassifier(FeatureWeights.load(CueClassifier.class, RESOURCE));
  }

  /** Reads a table written by {@link #lines()}: {@code feature TAB weight}, {@code #} comments. */
  public static CueClassifier read(InputStream in) throws IOException {
    return new CueClassifier(FeatureWeights.read(in, "cue model"));
  }

  /** The model as sorted {@code feature TAB weight} lines, weights rounded to 4 decimals so the file is stable. */
  public List<String> lines() {
    return weights.lines();
  }

  /** The probability that a word with these features is a cue. */
  public double probability(List<String> features) {
    return 1 / (1 + Math.exp(-weights.sum(features)));
  }
}
