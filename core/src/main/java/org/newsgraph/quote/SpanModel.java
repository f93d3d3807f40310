package org.newsgraph.quote;

import edu.stanford.nlp.optimization.AbstractCachingDiffFunction;
import edu.stanford.nlp.optimization.QNMinimizer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.quote.SpanBoundaries.Option;

/**
 * A conditional maximum-entropy ranker of span boundaries: among the options {@link SpanBoundaries} proposes for an
 * edge, the probability of each is the softmax of its summed feature weights. Trained by minimising the regularised
 * negative log-likelihood of the gold options with CoreNLP's quasi-Newton minimiser; kept as a table of one weight
 * per feature.
 */
public final class SpanModel {

  /** The model committed next to this class; see the header of the file for what it was trained on. */
  public static final String RESOURCE = "span-model.tsv";
  private static final double TOLERANCE = 1e-4;

  private final FeatureWeights weights;

  private SpanModel(FeatureWeights weights) {
    this.weights = weights;
  }

  /**
   * Trains on groups of options, one group per edge whose gold boundary is among its options, {@code gold} giving
   * the index of that option in each group; {@code sigma} is the Gaussian prior's width.
   */
  public static SpanModel train(List<List<List<String>>> groups, List<Integer> gold, double sigma) {
    if (groups.size() != gold.size()) {
      throw new IllegalArgumentException("groups and gold differ in size: " + groups.size() + " vs " + gold.size());
    }
    Map<String, Integer> index = new HashMap<>();
    List<String> names = new ArrayList<>();
    int[][][] encoded = new int[groups.size()][][];
    for (int g = 0; g < groups.size(); g++) {
      List<List<String>> options = groups.get(g);
      encoded[g] = new int[options.size()][];
      for (int o = 0; o < options.size(); o++) {
        List<String> features = options.get(o);
        encoded[g][o] = new int[features.size()];
        for (int f = 0; f < features.size(); f++) {
          encoded[g][o][f] = index.computeIfAbsent(features.get(f), name -> {
            names.add(name);
            return names.size() - 1;
          });
        }
      }
    }
    int[] goldIndex = gold.stream().mapToInt(Integer::intValue).toArray();
    Objective objective = new Objective(encoded, goldIndex, names.size(), sigma);
    QNMinimizer minimizer = new QNMinimizer(15, true);
    minimizer.shutUp();
    double[] solution = minimizer.minimize(objective, TOLERANCE, new double[names.size()]);
    Map<String, Double> weights = new HashMap<>();
    for (int i = 0; i < solution.length; i++) {
      weights.put(names.get(i), solution[i]);
    }
    return new SpanModel(FeatureWeights.pruned(weights));
  }

  /** The committed model. */
  static SpanModel load() {
    return new SpanModel(FeatureWeights.load(SpanModel.class, RESOURCE));
  }

  /** Reads a table written by {@link #lines()}: {@code feature TAB weight}, {@code #} comments. */
  public static SpanModel read(InputStream in) throws IOException {
    return new SpanModel(FeatureWeights.read(in, "span model"));
  }

  /** The model as sorted {@code feature TAB weight} lines, weights rounded to 4 decimals so the file is stable. */
  public List<String> lines() {
    return weights.lines();
  }

  /** The summed weights of an option's features. */
  public double score(List<String> features) {
    return weights.sum(features);
  }

  /** The offset of the best-scoring option; the rules' own on a tie or when there is no option. */
  public int choose(List<Option> options, int rule) {
    return decide(options, rule).offset();
  }

  /**
   * The offset {@link #choose} picks, with the model's probability for it among the options: the softmax of their
   * scores, as in training; NaN when there is no option and the rules' offset stands.
   */
  public Choice decide(List<Option> options, int rule) {
    int best = rule;
    double bestScore = Double.NEGATIVE_INFINITY;
    double[] scores = new double[options.size()];
    for (int i = 0; i < scores.length; i++) {
      Option option = options.get(i);
      scores[i] = score(option.features());
      if (scores[i] > bestScore || scores[i] == bestScore && option.offset() == rule) {
        best = option.offset();
        bestScore = scores[i];
      }
    }
    if (scores.length == 0) {
      return new Choice(best, Double.NaN);
    }
    double sum = 0;
    for (double score : scores) {
      sum += Math.exp(score - bestScore);
    }
    return new Choice(best, 1 / sum);
  }

  /** A chosen boundary and the model's probability for it. */
  public record Choice(int offset, double probability) {}

  /** Negative conditional log-likelihood of the gold options with a Gaussian prior, and its gradient. */
  private static final class Objective extends AbstractCachingDiffFunction {

    private final int[][][] groups;
    private final int[] gold;
    private final int dimension;
    private final double sigmaSquared;

    Objective(int[][][] groups, int[] gold, int dimension, double sigma) {
      this.groups = groups;
      this.gold = gold;
      this.dimension = dimension;
      this.sigmaSquared = sigma * sigma;
    }

    @Override
    public int domainDimension() {
      return dimension;
    }

    @Override
    protected void calculate(double[] x) {
      double total = 0;
      double[] gradient = new double[dimension];
      for (int g = 0; g < groups.length; g++) {
        int[][] options = groups[g];
        double[] scores = new double[options.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < options.length; o++) {
          for (int feature : options[o]) {
            scores[o] += x[feature];
          }
          max = Math.max(max, scores[o]);
        }
        double sum = 0;
        for (double score : scores) {
          sum += Math.exp(score - max);
        }
        double logNormalizer = max + Math.log(sum);
        total += logNormalizer - scores[gold[g]];
        for (int o = 0; o < options.length; o++) {
          double probability = Math.exp(scores[o] - logNormalizer) - (o == gold[g] ? 1 : 0);
          for (int feature : options[o]) {
            gradient[feature] += probability;
          }
        }
      }
      for (int i = 0; i < dimension; i++) {
        total += x[i] * x[i] / (2 * sigmaSquared);
        gradient[i] += x[i] / sigmaSquared;
      }
      value = total;
      derivative = gradient;
    }
  }
}
