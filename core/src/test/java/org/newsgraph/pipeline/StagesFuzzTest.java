package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.kb.SharedKnowledgeBase;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.NamedSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.nlp.Timex;
import org.newsgraph.nlp.Token;

/**
 * A fuzz target over every stage after annotation: the standard pipeline fed random sequences of news words with
 * random tags, names, times and dependency trees in place of CoreNLP's, which must give an analysis whose every span
 * covers its text. Under {@code mvn verify} it replays {@code StagesFuzzTestInputs/}; see docs/limits.md.
 */
class StagesFuzzTest {

  private static final String[] WORDS = {"The", "the", "President", "Anna", "Berg", "said", "told", "claimed",
      "on", "Monday", "May", "2024", "troops", "$", "4", "million", "percent", "of", "in", "Kenya", "Nairobi",
      "NATO", "United", "Nations", "Russia", "Russian", "he", "she", "they", "his", "\u201c", "\u201d", "\"", ",", ".",
      "attacked", "met", "would", "not", "allegedly", "according", "to", "police", "minister", "Mr.", "’s", "-",
      "(", ")", ":", "12,000", "last", "week", "agreed", "sanctions", "against", "Poland", "bogus"};
  private static final String[] POS = {"NNP", "NN", "NNS", "VBD", "VBZ", "VB", "MD", "DT", "IN", "PRP", "PRP$",
      "JJ", "RB", "CD", "$", ",", ".", "``", "''", "POS", "CC", "TO", "-LRB-", "-RRB-", ":"};
  private static final String[] NER = {"O", "O", "O", "PERSON", "ORGANIZATION", "LOCATION", "MISC", "DATE",
      "NUMBER", "MONEY", "PERCENT", "DURATION"};
  private static final String[] RELATIONS = {"nsubj", "obj", "iobj", "amod", "compound", "nmod", "nmod:poss",
      "case", "det", "ccomp", "punct", "obl", "conj", "xcomp", "advmod", "mark", "aux", "cop", "nummod", "appos",
      "parataxis", "acl", "advcl", "nsubj:pass", "flat", "neg", "dep"};
  private static final String[] TIMEX_VALUES = {"2024-05-06", "2024-W19", "P1W", "PRESENT_REF", "XXXX-05", null};

  /** What the next annotation is made of: set by the fuzz target before each analysis. */
  private static FuzzedDataProvider current;

  private static final Pipeline PIPELINE = StandardPipeline.build(StagesFuzzTest::annotate,
      SharedKnowledgeBase.get());

  private final AnalysisJson json = new AnalysisJson();
  private final ObjectMapper mapper = new ObjectMapper();

  @FuzzTest(maxDuration = "30s")
  void everyStageGivesSpansOverTheTextForAnyAnnotation(FuzzedDataProvider data) throws Exception {
    int words = data.consumeInt(1, 80);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(i == 0 ? "" : " ").append(data.pickValue(WORDS));
    }
    current = data;
    JsonNode analysis = mapper.readTree(json.write(PIPELINE.analyze(RawDocument.text("random.txt",
        text.toString())), false));

    String article = analysis.at("/article/text").asText();
    List<String> broken = new ArrayList<>();
    spans(analysis, "", article, broken);
    assertThat(broken).isEmpty();
  }

  /** Tokens at the text's whitespace, tagged, named and parsed as the fuzz data says. */
  private static Annotated annotate(String text, LocalDate anchor) {
    FuzzedDataProvider data = current;
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<NamedSpan> names = new ArrayList<>();
    List<Timex> timexes = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      spans.add(new int[] {i, end});
      i = end;
    }
    int first = 0;
    for (int[] span : spans) {
      String word = text.substring(span[0], span[1]);
      String ner = data.pickValue(NER);
      tokens.add(new Token(tokens.size(), sentences.size(), span[0], span[1], word, data.pickValue(POS),
          word.toLowerCase(), ner, ner.equals("NUMBER") ? "4.0" : null));
      boolean last = tokens.size() == spans.size();
      if (word.equals(".") || last) {
        sentences.add(sentence(sentences.size(), tokens, first, tokens.size(), data));
        first = tokens.size();
      }
    }
    for (int i = 0; i < tokens.size(); ) {
      Token token = tokens.get(i);
      int end = i + 1;
      while (end < tokens.size() && tokens.get(end).ner().equals(token.ner())
          && tokens.get(end).sentence() == token.sentence()) {
        end++;
      }
      if (!token.ner().equals("O")) {
        int start = token.start();
        int stop = tokens.get(end - 1).end();
        String covered = text.substring(start, stop);
        names.add(new NamedSpan(start, stop, covered, token.ner(), i, end, null));
        if (token.ner().equals("DATE") || token.ner().equals("DURATION")) {
          timexes.add(new Timex(start, stop, covered, token.ner().equals("DATE") ? "DATE" : "DURATION",
              data.pickValue(TIMEX_VALUES), i, end));
        }
      }
      i = end;
    }
    return new Annotated(text, tokens, sentences, names, timexes);
  }

  /** A sentence over tokens first..end with a random tree: one root, every other token under an earlier one. */
  private static Sentence sentence(int index, List<Token> tokens, int first, int end, FuzzedDataProvider data) {
    List<Dependency> edges = new ArrayList<>();
    int root = first + data.consumeInt(0, end - first - 1);
    edges.add(new Dependency(-1, "root", root));
    List<Integer> placed = new ArrayList<>(List.of(root));
    for (int t = first; t < end; t++) {
      if (t != root) {
        edges.add(new Dependency(placed.get(data.consumeInt(0, placed.size() - 1)), data.pickValue(RELATIONS), t));
        placed.add(t);
      }
    }
    return new Sentence(index, tokens.get(first).start(), tokens.get(end - 1).end(), first, end, edges);
  }

  /** Any object with start, end and text outside article.removed must cover that text. */
  private static void spans(JsonNode node, String path, String text, List<String> broken) {
    if (node.isObject()) {
      if (node.has("start") && node.has("end") && node.has("text") && !path.startsWith("/article")) {
        int start = node.get("start").asInt();
        int end = node.get("end").asInt();
        if (start < 0 || end > text.length() || start > end
            || !text.substring(start, end).equals(node.get("text").asText())) {
          broken.add(path + " " + node);
        }
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        spans(field.getValue(), path + "/" + field.getKey(), text, broken);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        spans(node.get(i), path + "/" + i, text, broken);
      }
    }
  }
}
