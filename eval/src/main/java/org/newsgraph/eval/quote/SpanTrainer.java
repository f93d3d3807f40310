package org.newsgraph.eval.quote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.CoreNlpConfig;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.quote.QuoteConfig;
import org.newsgraph.quote.QuoteStage;
import org.newsgraph.quote.SpanBoundaries;
import org.newsgraph.quote.SpanBoundaries.Edge;
import org.newsgraph.quote.SpanBoundaries.Option;
import org.newsgraph.quote.SpanModel;

/**
 * Trains the quote stage's span model on PolNeAR train: the rules (with the learned cues) run on each article, each
 * relation they find is paired with a gold one as the scorer pairs them, and for each edge of its content and
 * source the boundaries {@link SpanBoundaries} proposes become examples, the gold one labelled right. Only edges
 * whose gold boundary is among the options teach anything. Never reads dev.
 *
 * <p>Run (from the repository root, after {@code mvn -q -o package -DskipTests}):
 * {@code java -Xmx3g -cp "cli/target/newsgraph-cli-0.1.0-SNAPSHOT.jar:cli/target/lib/*"
 * org.newsgraph.eval.quote.SpanTrainer ../shared/data/polnear
 * core/src/main/resources/org/newsgraph/quote/span-model.tsv [--cache DIR] [--limit N]}.
 */
public final class SpanTrainer {

  /** Chosen by training on the first half of train and measuring on the second (0.3 beat 1.0 there). */
  static final double SIGMA = 0.3;
  /** Rarer features are noise and bloat the table (3 and 5 score alike on a train half; 5 halves the file). */
  static final int MIN_FEATURE_COUNT = 5;
  /**
   * Training takes the relations the rules find with a lower cue threshold than the stage's: more examples of the
   * same edges (on the second half of train, 19 more content edges right when trained on the first).
   */
  static final double TRAINING_CUE_PROBABILITY = 0.2;

  private SpanTrainer() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SpanTrainer POLNEAR_DIR OUTPUT_TSV [--cache DIR] [--limit N]");
      System.exit(2);
    }
    Path cache = null;
    int limit = Integer.MAX_VALUE;
    int from = 0;
    String report = null;
    double sigma = SIGMA;
    List<String> drop = List.of();
    for (int i = 2; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--cache" -> cache = Path.of(args[i + 1]);
        case "--limit" -> limit = Integer.parseInt(args[i + 1]);
        case "--from" -> from = Integer.parseInt(args[i + 1]);
        case "--report" -> report = args[i + 1];
        case "--sigma" -> sigma = Double.parseDouble(args[i + 1]);
        case "--drop" -> drop = List.of(args[i + 1].split(","));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<PolnearArticle> train = PolnearCorpus.read(Path.of(args[0]), report == null ? "train" : report);
    train = train.subList(Math.min(from, train.size()), (int) Math.min((long) from + limit, train.size()));
    TextAnnotator annotator = cache == null ? new CoreNlpAnnotator(CoreNlpConfig.defaults())
        : new CachingAnnotator(cache, () -> new CoreNlpAnnotator(CoreNlpConfig.defaults()));
    QuoteStage rules = new QuoteStage(report != null ? QuoteConfig.defaults().withRuleSpans()
        : QuoteConfig.defaults().withLearnedCues(TRAINING_CUE_PROBABILITY).withRuleSpans());
    Map<Edge, Examples> examples = new EnumMap<>(Edge.class);
    for (Edge edge : Edge.values()) {
      examples.put(edge, new Examples());
    }
    Examples heads = new Examples();
    Examples rerank = new Examples();
    int done = 0;
    for (PolnearArticle article : train) {
      Annotated annotated = annotator.annotate(article.text(), null);
      collect(annotated, rules.quotes(annotated, List.of()), article.relations(), examples, heads, rerank);
      if (++done % 100 == 0) {
        System.err.println(done + " articles");
      }
    }
    if (report != null) {
      // Measures the table at args[1] on the split, per edge: nothing is trained.
      SpanModel model;
      try (var in = Files.newInputStream(Path.of(args[1]))) {
        model = SpanModel.read(in);
      }
      for (Edge edge : Edge.values()) {
        System.out.println(edge + ": " + examples.get(edge).summary() + ", model right on "
            + examples.get(edge).modelRight(model));
      }
      System.out.println("SOURCE_HEAD: " + heads.summary() + ", model right on " + heads.modelRight(model));
      System.out.println("SOURCE_RERANK: " + rerank.summary() + ", model right on " + rerank.modelRight(model));
      return;
    }
    List<String> lines = new ArrayList<>();
    lines.add("# Attribution span model: conditional maximum-entropy weights (the score of a boundary among its "
        + "options is the sum of its features' weights) per feature of "
        + "org.newsgraph.quote.SpanBoundaries, one model per edge (feature prefix cs/ce content start/end, ss/se "
        + "source start/end, us/ue cue start/end).");
    lines.add("# Trained by " + SpanTrainer.class.getName() + " on PolNeAR train (Newell, Margolin, Ruths, LREC "
        + "2018; " + train.size() + " articles by name, first annotator), rules' relations paired with gold; "
        + "conditional log-likelihood minimised by CoreNLP's QNMinimizer, sigma " + sigma + ", features seen at least " + MIN_FEATURE_COUNT
        + " times. Not trained on dev.");
    for (Edge edge : Edge.values()) {
      Examples edgeExamples = examples.get(edge);
      SpanModel model = SpanModel.train(edgeExamples.trainingGroups(drop), edgeExamples.goldIndices(), sigma);
      lines.add("# " + edge + ": " + edgeExamples.summary());
      lines.addAll(model.lines());
      System.out.println(edge + ": " + edgeExamples.summary());
    }
    SpanModel headModel = SpanModel.train(heads.trainingGroups(drop), heads.goldIndices(), sigma);
    lines.add("# SOURCE_HEAD (feature prefix sh; relations the rules found no source for): " + heads.summary());
    lines.addAll(headModel.lines());
    System.out.println("SOURCE_HEAD: " + heads.summary());
    SpanModel rerankModel = SpanModel.train(rerank.trainingGroups(drop), rerank.goldIndices(), sigma);
    lines.add("# SOURCE_RERANK (feature prefix sr; the rules' source head kept or overruled): " + rerank.summary());
    lines.addAll(rerankModel.lines());
    System.out.println("SOURCE_RERANK: " + rerank.summary());
    Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
    System.out.println("wrote " + args[1]);
  }

  /** Adds the examples of one article's paired relations. */
  static void collect(Annotated annotated, List<Quote> quotes, List<Relation> gold, Map<Edge, Examples> examples,
      Examples heads, Examples rerank) {
    List<Relation> predicted = QuoteEvaluation.relations(quotes);
    int[] pairing = QuoteEvaluation.pair(gold, predicted);
    SpanBoundaries boundaries = new SpanBoundaries(annotated);
    for (int p = 0; p < quotes.size(); p++) {
      Quote quote = quotes.get(p);
      if (pairing[p] < 0 || quote.cue() == null || !hasWord(quote.cue().text())) {
        // The stage leaves speaker lines ("NAME: ...") as the rules find them; they teach nothing here.
        continue;
      }
      Relation truth = gold.get(pairing[p]);
      Segment cue = new Segment(quote.cue().start(), quote.cue().end());
      Segment source = quote.speaker() == null ? null : new Segment(quote.speaker().start(), quote.speaker().end());
      int ruleHead = source == null ? -1 : boundaries.headOf(source);
      if (source == null) {
        List<Option> options = boundaries.sourceHeads(quote.parts(), cue, -1);
        heads.add(options, goldHead(boundaries, options, truth.source(), quote.parts(), cue), -1);
      } else if (ruleHead >= 0) {
        List<Option> options = boundaries.sourceHeads(quote.parts(), cue, ruleHead);
        boolean rulesExact = truth.source().sameAs(Span.of(source.start(), source.end()));
        rerank.add(options, rulesExact ? ruleHead : goldHead(boundaries, options, truth.source(), quote.parts(), cue),
            ruleHead);
      }
      for (Edge edge : Edge.values()) {
        Span goldSpan = switch (edge) {
          case CONTENT_START, CONTENT_END -> truth.content();
          case CUE_START, CUE_END -> truth.cue();
          default -> truth.source();
        };
        if (goldSpan.isEmpty()) {
          continue;
        }
        boolean start = edge == Edge.CONTENT_START || edge == Edge.SOURCE_START || edge == Edge.CUE_START;
        int goldOffset = start ? goldSpan.ranges().get(0)[0] : goldSpan.ranges().get(goldSpan.ranges().size() - 1)[1];
        int rule = switch (edge) {
          case CONTENT_START -> quote.parts().get(0).start();
          case CONTENT_END -> quote.parts().get(quote.parts().size() - 1).end();
          case SOURCE_START -> source == null ? -1 : source.start();
          case SOURCE_END -> source == null ? -1 : source.end();
          case CUE_START -> cue.start();
          case CUE_END -> cue.end();
        };
        examples.get(edge).add(boundaries.options(edge, quote.parts(), cue, source), goldOffset, rule);
      }
    }
  }

  /**
   * The option standing for the gold source: none (-1) when the gold has no source, else the head whose phrase
   * shares the most characters with it (-2, teaching nothing, when no option's phrase touches it).
   */
  static int goldHead(SpanBoundaries boundaries, List<Option> options, Span gold, List<Segment> content,
      Segment cue) {
    if (gold.isEmpty()) {
      return -1;
    }
    int best = -2;
    int bestShared = 0;
    for (Option option : options) {
      if (option.offset() < 0) {
        continue;
      }
      Segment phrase = boundaries.sourceSpan(option.offset(), content, cue);
      int shared = gold.overlap(Span.of(phrase.start(), phrase.end()));
      int[] first = gold.ranges().get(0);
      boolean headInside = false;
      for (int[] range : gold.ranges()) {
        headInside |= phrase.start() <= range[1] && phrase.end() >= range[0];
      }
      if (headInside && shared > bestShared && first[0] <= phrase.end()) {
        best = option.offset();
        bestShared = shared;
      }
    }
    return best;
  }

  private static boolean hasWord(String cue) {
    return cue.chars().anyMatch(Character::isLetter);
  }

  /** The examples of one edge, with how often the rules and the options already hold the gold boundary. */
  static final class Examples {
    int edges;
    int ruleRight;
    int reachable;
    int examples;
    final List<List<Option>> groups = new ArrayList<>();
    final List<Integer> golds = new ArrayList<>();
    final List<Integer> rules = new ArrayList<>();

    void add(List<Option> options, int gold, int rule) {
      edges++;
      ruleRight += gold == rule ? 1 : 0;
      boolean found = false;
      for (Option option : options) {
        found |= option.offset() == gold;
      }
      if (!found) {
        return;
      }
      reachable++;
      groups.add(options);
      golds.add(gold);
      rules.add(rule);
      examples += options.size();
    }

    /** On how many edges the model's choice is the gold boundary. */
    String modelRight(SpanModel model) {
      int right = 0;
      int fixed = 0;
      int broken = 0;
      for (int g = 0; g < groups.size(); g++) {
        int chosen = model.choose(groups.get(g), rules.get(g));
        right += chosen == golds.get(g) ? 1 : 0;
        fixed += chosen == golds.get(g) && !rules.get(g).equals(golds.get(g)) ? 1 : 0;
        broken += chosen != golds.get(g) && rules.get(g).equals(golds.get(g)) ? 1 : 0;
      }
      return right + " (fixed " + fixed + ", broke " + broken + ")";
    }

    /** Each group's option features, without those seen in fewer than MIN_FEATURE_COUNT options or dropped. */
    List<List<List<String>>> trainingGroups(List<String> drop) {
      List<List<String>> flat = new ArrayList<>();
      for (List<Option> group : groups) {
        for (Option option : group) {
          flat.add(option.features().stream()
              .filter(feature -> drop.stream().noneMatch(name -> feature.substring(3).startsWith(name))).toList());
        }
      }
      List<List<String>> kept = CueTrainer.withoutRareFeatures(flat, MIN_FEATURE_COUNT);
      List<List<List<String>>> result = new ArrayList<>();
      int next = 0;
      for (List<Option> group : groups) {
        result.add(kept.subList(next, next + group.size()));
        next += group.size();
      }
      return result;
    }

    List<Integer> goldIndices() {
      List<Integer> indices = new ArrayList<>();
      for (int g = 0; g < groups.size(); g++) {
        List<Option> group = groups.get(g);
        int gold = golds.get(g);
        indices.add(java.util.stream.IntStream.range(0, group.size())
            .filter(o -> group.get(o).offset() == gold).findFirst().orElseThrow());
      }
      return indices;
    }

    String summary() {
      return edges + " paired edges, rules right on " + ruleRight + ", gold among the options on " + reachable
          + ", " + examples + " options";
    }
  }
}
