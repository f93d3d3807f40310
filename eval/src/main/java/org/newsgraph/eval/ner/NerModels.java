package org.newsgraph.eval.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.CoreNlpConfig;

/** Reads a comma-separated list of CoreNLP NER models: short names (conll.4class) or classpath model paths. */
public final class NerModels {

  private static final Map<String, String> SHORT_NAMES = Map.of(
      "all.3class", CoreNlpConfig.ALL_3CLASS,
      "conll.4class", CoreNlpConfig.CONLL_4CLASS,
      "muc.7class", CoreNlpConfig.MUC_7CLASS);

  private NerModels() {}

  public static List<String> parse(String list) {
    List<String> models = new ArrayList<>();
    for (String part : list.split(",")) {
      String name = part.strip();
      if (!name.isEmpty()) {
        models.add(SHORT_NAMES.getOrDefault(name, name));
      }
    }
    if (models.isEmpty()) {
      throw new IllegalArgumentException("--models: no model named in '" + list + "'");
    }
    return models;
  }

  /** The short name of a model path, for tables. */
  public static String shortName(String model) {
    return SHORT_NAMES.entrySet().stream().filter(e -> e.getValue().equals(model)).map(Map.Entry::getKey)
        .findFirst().orElse(model);
  }
}
