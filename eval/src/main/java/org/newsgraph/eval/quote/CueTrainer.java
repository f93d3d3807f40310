package org.newsgraph.eval.quote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.CoreNlpConfig;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.nlp.Token;
import org.newsgraph.quote.CueClassifier;
import org.newsgraph.quote.CueFeatures;

/**
 * Trains the quote stage's cue classifier on PolNeAR train: every verb is an example, a cue when it heads a gold
 * cue (the last verb inside the cue span), and the model is written as the feature-weight table
 * {@link CueClassifier} reads. Never reads dev.
 *
 * <p>Run (from the repository root, after {@code mvn -q -o package -DskipTests}):
 * {@code java -Xmx3g -cp "cli/target/newsgraph-cli-0.1.0-SNAPSHOT.jar:cli/target/lib/*"
 * org.newsgraph.eval.quote.CueTrainer ../shared/data/polnear core/src/main/resources/org/newsgraph/quote/cue-model.tsv
 * [--cache DIR] [--limit N]} — {@code --cache} keeps each article's annotation so a second run does not parse again,
 * {@code --limit} trains on the first N train articles by name.
 */
public final class CueTrainer {

  static final double SIGMA = 1.0;
  /** Features seen fewer times than this in train carry noise, not evidence, and would bloat the table. */
  static final int MIN_FEATURE_COUNT = 3;

  private CueTrainer() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: CueTrainer POLNEAR_DIR OUTPUT_TSV [--cache DIR] [--limit N]");
      System.exit(2);
    }
    Path cache = null;
    int limit = Integer.MAX_VALUE;
    for (int i = 2; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--cache" -> cache = Path.of(args[i + 1]);
        case "--limit" -> limit = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<PolnearArticle> train = PolnearCorpus.read(Path.of(args[0]), "train");
    train = train.subList(0, Math.min(limit, train.size()));
    TextAnnotator annotator = cache == null ? new CoreNlpAnnotator(CoreNlpConfig.defaults())
        : new CachingAnnotator(cache, () -> new CoreNlpAnnotator(CoreNlpConfig.defaults()));
    CueFeatures features = CueFeatures.load();
    List<List<String>> examples = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    int done = 0;
    for (PolnearArticle article : train) {
      Annotated annotated = annotator.annotate(article.text(), null);
      Set<Integer> heads = cueHeads(annotated.tokens(), article.relations());
      for (Map.Entry<Integer, List<String>> candidate : features.candidates(annotated).entrySet()) {
        examples.add(candidate.getValue());
        labels.add(heads.contains(candidate.getKey()));
      }
      if (++done % 50 == 0) {
        System.err.println(done + " articles");
      }
    }
    examples = withoutRareFeatures(examples, MIN_FEATURE_COUNT);
    CueClassifier model = CueClassifier.train(examples, labels, SIGMA);
    long cues = labels.stream().filter(label -> label).count();
    List<String> lines = new ArrayList<>();
    lines.add("# Attribution cue classifier: logistic weights (log-odds of 'cue') per feature of "
        + "org.newsgraph.quote.CueFeatures.");
    lines.add("# Trained by " + CueTrainer.class.getName() + " on PolNeAR train (Newell, Margolin, Ruths, LREC 2018; "
        + train.size() + " articles by name, first annotator): " + examples.size() + " verbs, " + cues
        + " heading a gold cue; CoreNLP LinearClassifierFactory, sigma " + SIGMA + ", features seen at least " + MIN_FEATURE_COUNT + " times. Not trained on dev.");
    lines.addAll(model.lines());
    Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
    System.out.println("wrote " + (lines.size() - 2) + " weights to " + args[1] + " from " + train.size()
        + " articles, " + examples.size() + " verbs, " + cues + " cues");
  }

  /** The examples with only the features that occur in at least {@code minCount} of them. */
  static List<List<String>> withoutRareFeatures(List<List<String>> examples, int minCount) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> example : examples) {
      for (String feature : new HashSet<>(example)) {
        counts.merge(feature, 1, Integer::sum);
      }
    }
    List<List<String>> kept = new ArrayList<>(examples.size());
    for (List<String> example : examples) {
      kept.add(example.stream().filter(feature -> counts.get(feature) >= minCount).toList());
    }
    return kept;
  }

  /** The token of each gold cue that heads it: its last verb. */
  static Set<Integer> cueHeads(List<Token> tokens, List<Relation> relations) {
    Set<Integer> heads = new HashSet<>();
    for (Relation relation : relations) {
      int head = -1;
      for (Token token : tokens) {
        for (int[] range : relation.cue().ranges()) {
          if (token.start() >= range[0] && token.end() <= range[1] && token.pos().startsWith("VB")) {
            head = token.index();
          }
        }
      }
      if (head >= 0) {
        heads.add(head);
      }
    }
    return heads;
  }
}
