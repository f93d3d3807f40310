package org.newsgraph.eval.ner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The scores of each system on one data set, printable as Markdown tables. */
public record NerReport(String data, List<String> models, int documents, int tokens, Map<String, NerScore> systems) {

  public NerReport {
    models = List.copyOf(models);
    systems = new LinkedHashMap<>(systems);
  }

  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s: %d documents, %d tokens; NER models: %s%n%n", data, documents,
        tokens, String.join(" + ", models.stream().map(NerModels::shortName).toList())));
    for (Map.Entry<String, NerScore> system : systems.entrySet()) {
      NerScore score = system.getValue();
      out.append("**").append(system.getKey()).append("**\n\n");
      out.append("| type | gold | predicted | correct | precision | recall | F1 |\n");
      out.append("|---|---:|---:|---:|---:|---:|---:|\n");
      List<String> types = new ArrayList<>(NerScore.TYPES);
      types.add(null);
      for (String type : types) {
        out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f | %.2f |%n",
            type == null ? "all" : type, score.gold(type), score.predicted(type), score.correct(type),
            score.precision(type), score.recall(type), score.f1(type)));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
