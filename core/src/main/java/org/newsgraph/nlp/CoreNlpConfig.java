package org.newsgraph.nlp;

import java.util.List;

/**
 * How the CoreNLP backbone is configured.
 *
 * @param nerModels CRF models run in order (CoreNLP's {@code ner.model}); each adds about 100 ms per article
 * @param fineGrained CoreNLP's KBP gazetteer step (COUNTRY, CITY, TITLE, ... labels): 67% of NER time
 * @param parse whether to run the dependency parser
 * @param times whether NER runs SUTime and the numeric classifiers (dates, times, durations, numbers, money); off
 *     only to measure what they cost, since the time stage and the figures' values read them
 * @param timeSentencesOnly whether SUTime runs only on the sentences with a digit or a time-cue word
 *     ({@link TimeCueFilter}); the others get the same NER without it, which gives the same tags there
 * @param basicDependenciesOnly whether the parser builds only the basic dependencies every stage reads; CoreNLP's
 *     own annotator also converts each parse into collapsed, CC-processed, enhanced and enhanced++ graphs, which
 *     newsgraph never reads
 */
public record CoreNlpConfig(List<String> nerModels, boolean fineGrained, boolean parse, boolean times,
    boolean timeSentencesOnly, boolean basicDependenciesOnly) {

  /** The CoNLL-2003 4-class model: PERSON, ORGANIZATION, LOCATION, MISC. */
  public static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /** The 3-class model trained on more data (CoNLL, MUC-6/7, ACE): PERSON, ORGANIZATION, LOCATION. */
  public static final String ALL_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** The MUC 7-class model: adds DATE, TIME, MONEY, PERCENT, which SUTime and the numeric classifiers also give. */
  public static final String MUC_7CLASS = "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";

  public CoreNlpConfig {
    nerModels = List.copyOf(nerModels);
    if (nerModels.isEmpty()) {
      throw new IllegalArgumentException("nerModels: at least one NER model is required");
    }
  }

  /** A configuration with SUTime and the numeric classifiers on, SUTime only where a time can be. */
  public CoreNlpConfig(List<String> nerModels, boolean fineGrained, boolean parse) {
    this(nerModels, fineGrained, parse, true, true, true);
  }

  /**
   * newsgraph's choice: the CoNLL 4-class model alone (it scores higher on CoNLL-2003 testa than with the 3-class
   * model before it, and finds every entity of the founding example), no fine-grained gazetteer (newsgraph types
   * places itself), SUTime, and the parser. See docs/performance.md and docs/accuracy.md for the measurements.
   */
  public static CoreNlpConfig defaults() {
    return new CoreNlpConfig(List.of(CONLL_4CLASS), false, true);
  }

  /** newsgraph's choice with CoreNLP's own parser annotator, which also builds the graphs no stage reads. */
  public static CoreNlpConfig allDependencyGraphs() {
    CoreNlpConfig ours = defaults();
    return new CoreNlpConfig(ours.nerModels, ours.fineGrained, ours.parse, ours.times, ours.timeSentencesOnly, false);
  }

  /** CoreNLP's own default NER configuration (three models, fine-grained gazetteer), for comparison runs. */
  public static CoreNlpConfig coreNlpDefault() {
    return new CoreNlpConfig(List.of(ALL_3CLASS, MUC_7CLASS, CONLL_4CLASS), true, true, true, false, false);
  }

  public CoreNlpConfig withParse(boolean on) {
    return new CoreNlpConfig(nerModels, fineGrained, on, times, timeSentencesOnly, basicDependenciesOnly);
  }

  public CoreNlpConfig withNerModels(List<String> models) {
    return new CoreNlpConfig(models, fineGrained, parse, times, timeSentencesOnly, basicDependenciesOnly);
  }

  public CoreNlpConfig withTimes(boolean on) {
    return new CoreNlpConfig(nerModels, fineGrained, parse, on, timeSentencesOnly, basicDependenciesOnly);
  }

  /** This configuration with SUTime run on every sentence ({@code false}) or only where a time can be. */
  public CoreNlpConfig withTimeSentencesOnly(boolean on) {
    return new CoreNlpConfig(nerModels, fineGrained, parse, times, on, basicDependenciesOnly);
  }
}
