package org.newsgraph.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the seconds each annotator of a CoreNLP pipeline has spent, from CoreNLP's own timing report. */
public final class CoreNlpTiming {

  private static final Pattern TIMING_LINE = Pattern.compile("(\\w+): ([0-9]+(?:\\.[0-9]+)?) sec\\..*");

  private CoreNlpTiming() {
  }

  /** Adds each annotator's seconds so far (to a tenth of a second, in pipeline order) into {@code seconds}. */
  public static Map<String, Double> addTo(StanfordCoreNLP pipeline, Map<String, Double> seconds) {
    for (String line : pipeline.timingInformation().split("\\R")) {
      Matcher m = TIMING_LINE.matcher(line.trim());
      if (m.matches() && !m.group(1).equals("TOTAL")) {
        seconds.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
      }
    }
    return seconds;
  }

  /** Each annotator's seconds so far, in pipeline order. */
  public static Map<String, Double> of(StanfordCoreNLP pipeline) {
    return addTo(pipeline, new LinkedHashMap<>());
  }
}
