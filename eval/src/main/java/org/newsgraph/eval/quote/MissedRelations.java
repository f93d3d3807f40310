package org.newsgraph.eval.quote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.entity.EntityStage;
import org.newsgraph.model.Quote;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.CoreNlpConfig;
import org.newsgraph.nlp.ParseView;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.nlp.Token;
import org.newsgraph.quote.CueClassifier;
import org.newsgraph.quote.CueFeatures;
import org.newsgraph.quote.QuoteStage;

/**
 * Sorts the gold relations the stage leaves unpaired by why: a cue with no verb, a cue the stage found with a
 * content elsewhere (or left out as nested inside another relation's content, shown with it), a cue verb the
 * classifier rejects, or one it accepts for which no relation was built; prints each of the last with its cue verb's place in the parse,
 * for finding the constructions the rules do not know. An analysis tool, not part of the score.
 *
 * <p>Run: {@code java -cp "cli/target/newsgraph-cli-0.1.0-SNAPSHOT.jar:cli/target/lib/*"
 * org.newsgraph.eval.quote.MissedRelations ../shared/data/polnear dev --cache DIR}.
 */
public final class MissedRelations {

  private MissedRelations() {}

  public static void main(String[] args) {
    Path polnear = Path.of(args[0]);
    String split = args[1];
    Path cache = args.length > 3 && args[2].equals("--cache") ? Path.of(args[3]) : null;
    TextAnnotator annotator = cache == null ? new CoreNlpAnnotator(CoreNlpConfig.defaults())
        : new CachingAnnotator(cache, () -> new CoreNlpAnnotator(CoreNlpConfig.defaults()));
    EntityStage entities = new EntityStage();
    QuoteStage stage = new QuoteStage();
    CueFeatures features = CueFeatures.load();
    CueClassifier classifier = CueClassifier.load();
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Integer> shapes = new TreeMap<>();
    for (PolnearArticle article : PolnearCorpus.read(polnear, split)) {
      Annotated annotated = annotator.annotate(article.text(), null);
      List<Quote> quotes = stage.quotes(annotated, entities.entities(annotated, null));
      List<Relation> predicted = QuoteEvaluation.univocal(QuoteEvaluation.relations(quotes));
      List<Relation> all = QuoteEvaluation.relations(quotes);
      int[] pairing = QuoteEvaluation.pair(article.relations(), predicted);
      boolean[] paired = new boolean[article.relations().size()];
      for (int g : pairing) {
        if (g >= 0) {
          paired[g] = true;
        }
      }
      Map<Integer, List<String>> candidates = features.candidates(annotated);
      for (int g = 0; g < paired.length; g++) {
        if (paired[g]) {
          continue;
        }
        Relation gold = article.relations().get(g);
        int head = -1;
        for (Token token : annotated.tokens()) {
          for (int[] range : gold.cue().ranges()) {
            if (token.start() >= range[0] && token.end() <= range[1] && token.pos().startsWith("VB")) {
              head = token.index();
            }
          }
        }
        String kind;
        String detail = "";
        if (head < 0) {
          kind = "no-verb";
        } else {
          double probability = classifier.probability(candidates.get(head));
          boolean found = false;
          for (Relation other : all) {
            if (other.cue().overlap(gold.cue()) > 0) {
              found = true;
              for (Relation outer : all) {
                if (outer != other && outer.content().overlap(other.cue()) > 0) {
                  detail = " inside S[" + outer.source().text(article.text()) + "] C[" + outer.cue().text(article.text())
                      + "] X[" + outer.content().text(article.text()).replace('\n', ' ') + "]";
                }
              }
            }
          }
          kind = found ? "cue-found" : probability >= 0.5 ? "accepted" : "rejected";
          if (kind.equals("accepted")) {
            Token token = annotated.tokens().get(head);
            ParseView graph = annotated.parse().sentence(token.sentence());
            StringBuilder children = new StringBuilder();
            for (int child : graph.children(head)) {
              children.append(' ').append(graph.relation(child));
            }
            String shape = graph.relation(head) + " <" + (graph.governor(head) >= 0
                ? graph.token(graph.governor(head)).pos() : "-") + "> [" + children.toString().trim() + "]";
            shapes.merge(shape, 1, Integer::sum);
            detail = String.format(" p=%.2f %s %s", probability, token.lemma(), shape);
          }
        }
        counts.merge(kind, 1, Integer::sum);
        if (!kind.equals("rejected")) {
          System.out.println(kind + detail + "\n  S[" + gold.source().text(article.text()) + "] C["
              + gold.cue().text(article.text()) + "] X[" + gold.content().text(article.text()).replace('\n', ' ')
              + "]");
        }
      }
    }
    System.out.println("counts " + counts);
    shapes.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(30)
        .forEach(entry -> System.out.println(entry.getValue() + "\t" + entry.getKey()));
  }
}
