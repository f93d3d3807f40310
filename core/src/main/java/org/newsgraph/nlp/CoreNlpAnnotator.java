package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The adapter over Stanford CoreNLP: the one place its types are used. Thread-safe; build one per JVM, since
 * loading the models takes seconds and about a gigabyte.
 */
public final class CoreNlpAnnotator implements TextAnnotator {

  private static final java.util.Set<String> TIME_TYPES = java.util.Set.of("DATE", "TIME", "DURATION", "SET");

  /** The name {@link #annotatorSeconds()} gives the parser when it builds basic dependencies alone. */
  public static final String BASIC_PARSER = "DependencyParser";

  private final StanfordCoreNLP pipeline;
  private final CoreNlpConfig config;
  /** With SUTime only where a time can be: tokens to lemmas, NER with SUTime, NER without it, the parser. */
  private final List<StanfordCoreNLP> stages;
  /** The parser run after CoreNLP's annotators when only basic dependencies are wanted, else none. */
  private final BasicDependencyParser basicParser;
  private final TimeCueFilter timeCues = TimeCueFilter.standard();

  public CoreNlpAnnotator(CoreNlpConfig config) {
    this.config = config;
    this.basicParser = config.parse() && config.basicDependenciesOnly() ? new BasicDependencyParser() : null;
    if (splitsTimes(config)) {
      Properties props = properties(config);
      this.pipeline = null;
      List<StanfordCoreNLP> parts = new ArrayList<>(List.of(stage(props, "tokenize,ssplit,pos,lemma"),
          stage(props, "ner"), stage(withoutSutime(props), "ner")));
      if (config.parse() && basicParser == null) {
        parts.add(stage(props, "depparse"));
      }
      this.stages = List.copyOf(parts);
    } else {
      this.pipeline = new StanfordCoreNLP(properties(config));
      this.stages = List.of();
    }
  }

  private static boolean splitsTimes(CoreNlpConfig config) {
    return config.times() && config.timeSentencesOnly();
  }

  private static StanfordCoreNLP stage(Properties props, String annotators) {
    Properties own = new Properties();
    own.putAll(props);
    own.setProperty("annotators", annotators);
    // Each stage runs on a document the stages before it annotated, so it need not find its requirements itself.
    return new StanfordCoreNLP(own, false);
  }

  private static Properties withoutSutime(Properties props) {
    Properties own = new Properties();
    own.putAll(props);
    own.setProperty("ner.useSUTime", "false");
    return own;
  }

  public CoreNlpConfig config() {
    return config;
  }

  /**
   * Seconds each CoreNLP annotator has spent since this annotator was built, summed over threads, in pipeline order
   * ("TokenizerAnnotator", …, "NERCombinerAnnotator" with SUTime and the numeric classifiers inside it,
   * "DependencyParseAnnotator", or {@value #BASIC_PARSER} for the parser that builds basic dependencies alone), as
   * CoreNLP itself times them (to a tenth of a second).
   */
  public Map<String, Double> annotatorSeconds() {
    Map<String, Double> seconds = new LinkedHashMap<>();
    List<StanfordCoreNLP> timed = pipeline != null ? List.of(pipeline) : stages;
    for (StanfordCoreNLP each : timed) {
      CoreNlpTiming.addTo(each, seconds);
    }
    if (basicParser != null) {
      seconds.put(BASIC_PARSER, basicParser.seconds());
    }
    return seconds;
  }

  static Properties properties(CoreNlpConfig config) {
    Properties props = new Properties();
    boolean coreNlpParses = config.parse() && !config.basicDependenciesOnly();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (coreNlpParses ? ",depparse" : ""));
    // A blank line ends a sentence: otherwise a headline, a byline and a first paragraph run together.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("ner.model", String.join(",", config.nerModels()));
    props.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrained()));
    props.setProperty("ner.applyNumericClassifiers", Boolean.toString(config.times()));
    props.setProperty("ner.useSUTime", Boolean.toString(config.times()));
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("ner.entitymentions.acronyms", "false");
    return props;
  }

  @Override
  public Annotated annotate(String text, LocalDate anchor) {
    Annotation document = new Annotation(text);
    if (anchor != null) {
      document.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
    }
    if (pipeline != null) {
      pipeline.annotate(document);
    } else {
      annotateInStages(document, anchor);
    }
    if (basicParser != null) {
      basicParser.parse(document);
    }
    return convert(text, document);
  }

  /**
   * Runs NER with SUTime on the sentences that can hold a time and without it on the rest. Both see only their own
   * sentences, in a document of their own that shares the tokens, so their tags land on the same tokens.
   */
  private void annotateInStages(Annotation document, LocalDate anchor) {
    stages.get(0).annotate(document);
    List<CoreMap> withTimes = new ArrayList<>();
    List<CoreMap> without = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      int start = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      (timeCues.mayHoldTime(document.get(CoreAnnotations.TextAnnotation.class).subSequence(start, end))
          ? withTimes : without).add(sentence);
    }
    nerOn(document, withTimes, anchor, stages.get(1));
    nerOn(document, without, anchor, stages.get(2));
    if (stages.size() > 3) {
      stages.get(3).annotate(document);
    }
  }

  private static void nerOn(Annotation document, List<CoreMap> sentences, LocalDate anchor, StanfordCoreNLP ner) {
    if (sentences.isEmpty()) {
      return;
    }
    Annotation part = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
    if (anchor != null) {
      part.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
    }
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      tokens.addAll(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    ner.annotate(part);
  }

  private Annotated convert(String text, Annotation document) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<NamedSpan> names = new ArrayList<>();
    List<Timex> timexes = new ArrayList<>();
    List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap coreSentence : coreSentences) {
      int sentenceIndex = sentences.size();
      int first = tokens.size();
      for (CoreLabel label : coreSentence.get(CoreAnnotations.TokensAnnotation.class)) {
        int start = label.beginPosition();
        int end = label.endPosition();
        tokens.add(new Token(tokens.size(), sentenceIndex, start, end, text.substring(start, end), label.tag(),
            label.lemma(), label.ner() == null ? "O" : label.ner(),
            label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
      }
      int endToken = tokens.size();
      sentences.add(new Sentence(sentenceIndex, tokens.get(first).start(), tokens.get(endToken - 1).end(), first,
          endToken, dependencies(coreSentence, first)));
      List<CoreMap> mentions = coreSentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions != null) {
        for (CoreMap mention : mentions) {
          addMention(text, mention, first, names, timexes);
        }
      }
    }
    return new Annotated(text, tokens, sentences, names, timexes);
  }

  private static void addMention(String text, CoreMap mention, int sentenceFirstToken, List<NamedSpan> names,
      List<Timex> timexes) {
    List<CoreLabel> mentionTokens = mention.get(CoreAnnotations.TokensAnnotation.class);
    int start = mentionTokens.get(0).beginPosition();
    int end = mentionTokens.get(mentionTokens.size() - 1).endPosition();
    int firstToken = sentenceFirstToken + mentionTokens.get(0).index() - 1;
    int endToken = sentenceFirstToken + mentionTokens.get(mentionTokens.size() - 1).index();
    String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
    String normalized = mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    names.add(new NamedSpan(start, end, text.substring(start, end), type, firstToken, endToken, normalized));
    edu.stanford.nlp.time.Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
    if (timex != null && TIME_TYPES.contains(type)) {
      String value = timex.value() != null ? timex.value() : timex.altVal();
      timexes.add(new Timex(start, end, text.substring(start, end), timex.timexType(), value, firstToken,
          endToken));
    }
  }

  private static List<Dependency> dependencies(CoreMap sentence, int firstToken) {
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph == null) {
      return List.of();
    }
    List<Dependency> edges = new ArrayList<>();
    for (IndexedWord root : graph.getRoots()) {
      edges.add(new Dependency(-1, "root", firstToken + root.index() - 1));
    }
    for (SemanticGraphEdge edge : graph.edgeListSorted()) {
      edges.add(new Dependency(firstToken + edge.getGovernor().index() - 1, edge.getRelation().toString(),
          firstToken + edge.getDependent().index() - 1));
    }
    return edges;
  }
}
