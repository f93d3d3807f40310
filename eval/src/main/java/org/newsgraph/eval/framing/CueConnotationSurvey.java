package org.newsgraph.eval.framing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newsgraph.Newsgraph;
import org.newsgraph.eval.quote.PolnearArticle;
import org.newsgraph.eval.quote.Relation;
import org.newsgraph.framing.Connotations;
import org.newsgraph.framing.CueWord;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.model.Framing;
import org.newsgraph.model.FramingKind;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.nlp.Token;

/**
 * Counts the connotation of PolNeAR's gold attribution cues per outlet, with newsgraph's cue lexicon: each gold cue's
 * tokens are classified as the framing stage classifies a quote's cue. Optionally runs the whole engine on the same
 * articles and counts the loaded cues it reports.
 */
public final class CueConnotationSurvey {

  /** A gold cue none of whose words the lexicon lists. */
  public static final String UNLISTED = "unlisted";

  private final TextAnnotator annotator;
  private final Connotations connotations;
  private final Newsgraph engine;

  /** {@code engine} may be null: then only the gold cues are counted. */
  public CueConnotationSurvey(TextAnnotator annotator, Connotations connotations, Newsgraph engine) {
    this.annotator = annotator;
    this.connotations = connotations;
    this.engine = engine;
  }

  /** The publisher of each article of PolNeAR's {@code metadata.tsv}, by file name. */
  public static Map<String, String> outlets(Path metadata) {
    Map<String, String> outlets = new HashMap<>();
    try {
      List<String> lines = Files.readAllLines(metadata, StandardCharsets.UTF_8);
      List<String> header = List.of(lines.get(0).split("\t"));
      int name = header.indexOf("filename");
      int publisher = header.indexOf("publisher");
      if (name < 0 || publisher < 0) {
        throw new IllegalStateException(metadata + " lacks a filename or publisher column");
      }
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split("\t");
        if (cells.length > Math.max(name, publisher)) {
          outlets.put(cells[name], cells[publisher]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return outlets;
  }

  /** The counts per outlet, outlets sorted by name. */
  public List<OutletCues> survey(List<PolnearArticle> articles, Map<String, String> outlets) {
    Map<String, Tally> tallies = new TreeMap<>();
    for (PolnearArticle article : articles) {
      String outlet = outlets.getOrDefault(article.name(), "unknown");
      Tally tally = tallies.computeIfAbsent(outlet, o -> new Tally());
      tally.articles++;
      Annotated annotated = annotator.annotate(article.text(), null);
      for (Relation relation : article.relations()) {
        List<Token> cue = annotated.tokens().stream().filter(t -> inside(t, relation)).toList();
        Optional<CueWord> word = connotations.classify(cue);
        String connotation = word.map(w -> w.connotation().json()).orElse(UNLISTED);
        tally.cues++;
        tally.byConnotation.merge(connotation, 1, Integer::sum);
        if (word.isPresent() && !connotation.equals("neutral")) {
          tally.loadedWords.merge(word.get().lemma(), 1, Integer::sum);
        }
      }
      if (engine != null) {
        countEngine(article, tally);
      }
    }
    List<OutletCues> result = new ArrayList<>();
    tallies.forEach((outlet, t) -> result.add(new OutletCues(outlet, t.articles, t.cues, t.byConnotation,
        mostFrequentFirst(t.loadedWords), t.engine)));
    return result;
  }

  private void countEngine(PolnearArticle article, Tally tally) {
    try {
      var analysis = engine.analyze(RawDocument.text(article.name() + ".txt", article.text()));
      tally.engine.merge("quotes", analysis.quotes().size(), Integer::sum);
      for (Framing framing : analysis.framing()) {
        if (framing.kind() == FramingKind.LOADED_CUE) {
          tally.engine.merge(framing.connotation(), 1, Integer::sum);
        } else {
          tally.engine.merge(framing.kind().json(), 1, Integer::sum);
        }
      }
    } catch (RejectedInputException e) {
      tally.engine.merge("rejected", 1, Integer::sum);
    }
  }

  private static boolean inside(Token token, Relation relation) {
    return relation.cue().ranges().stream().anyMatch(r -> token.start() >= r[0] && token.end() <= r[1]);
  }

  private static Map<String, Integer> mostFrequentFirst(Map<String, Integer> counts) {
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  private static final class Tally {
    int articles;
    int cues;
    final Map<String, Integer> byConnotation = new HashMap<>();
    final Map<String, Integer> loadedWords = new HashMap<>();
    final Map<String, Integer> engine = new HashMap<>();
  }
}
