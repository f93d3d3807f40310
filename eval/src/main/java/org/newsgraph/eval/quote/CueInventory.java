package org.newsgraph.eval.quote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.CoreNlpConfig;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.nlp.Token;

/**
 * Learns the cue inventory of the quote stage from PolNeAR train: for each word that heads a gold cue (its last verb,
 * else its last noun or adjective; "according to" as one), how often it is a cue and how often it occurs at all with
 * that part of speech. Writes {@code lemma, pos, cues, occurrences} as TSV.
 *
 * <p>Run: {@code java -cp ... org.newsgraph.eval.quote.CueInventory ../shared/data/polnear
 * core/src/main/resources/org/newsgraph/quote/cues.tsv}
 */
public final class CueInventory {

  private final TextAnnotator annotator;

  public CueInventory(TextAnnotator annotator) {
    this.annotator = annotator;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CueInventory POLNEAR_DIR OUTPUT_TSV");
      System.exit(2);
    }
    List<PolnearArticle> train = PolnearCorpus.read(Path.of(args[0]), "train");
    TextAnnotator annotator = new CoreNlpAnnotator(CoreNlpConfig.defaults().withParse(false));
    Map<String, int[]> counts = new CueInventory(annotator).count(train);
    List<String> lines = new ArrayList<>();
    lines.add("# Attribution cues learned from PolNeAR train (Newell, Margolin, Ruths, LREC 2018; " + train.size()
        + " articles, first annotator), by " + CueInventory.class.getName() + ".");
    lines.add("# lemma\tpos (V verb, N noun, J adjective, P 'according to')\tcues: times it heads a gold cue"
        + "\toccurrences: times it occurs with that pos. Words heading fewer than 3 cues are left out.");
    counts.forEach((key, count) -> {
      if (count[0] >= 3) {
        lines.add(key + "\t" + count[0] + "\t" + count[1]);
      }
    });
    Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
    System.out.println("wrote " + (lines.size() - 2) + " cues to " + args[1]);
  }

  /** Counts, per {@code lemma \t pos}: {cues, occurrences}. */
  public Map<String, int[]> count(List<PolnearArticle> articles) {
    Map<String, int[]> counts = new TreeMap<>();
    int done = 0;
    for (PolnearArticle article : articles) {
      Annotated annotated = annotator.annotate(article.text(), null);
      List<Token> tokens = annotated.tokens();
      for (Relation relation : article.relations()) {
        String key = head(tokens, relation.cue());
        if (key != null) {
          counts.computeIfAbsent(key, k -> new int[2])[0]++;
        }
      }
      for (int i = 0; i < tokens.size(); i++) {
        String key = key(tokens, i);
        if (key != null) {
          counts.computeIfAbsent(key, k -> new int[2])[1]++;
        }
      }
      if (++done % 50 == 0) {
        System.err.println(done + " articles");
      }
    }
    return counts;
  }

  private static String head(List<Token> tokens, Span cue) {
    List<Integer> inside = new ArrayList<>();
    for (Token token : tokens) {
      for (int[] range : cue.ranges()) {
        if (token.start() >= range[0] && token.end() <= range[1]) {
          inside.add(token.index());
        }
      }
    }
    String best = null;
    int bestRank = 0;
    for (int index : inside) {
      String key = key(tokens, index);
      int rank = key == null ? 0 : key.endsWith("\tP") ? 3 : key.endsWith("\tV") ? 2 : 1;
      if (rank >= bestRank && key != null) {
        best = key;
        bestRank = rank;
      }
    }
    return best;
  }

  private static String key(List<Token> tokens, int index) {
    Token token = tokens.get(index);
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    if (lemma.equals("accord") && index + 1 < tokens.size() && tokens.get(index + 1).text().equalsIgnoreCase("to")) {
      return "according to\tP";
    }
    String pos = token.pos();
    if (pos.startsWith("VB")) {
      return lemma + "\tV";
    }
    if (pos.startsWith("NN") && !pos.startsWith("NNP")) {
      return lemma + "\tN";
    }
    if (pos.startsWith("JJ")) {
      return lemma + "\tJ";
    }
    return null;
  }
}
