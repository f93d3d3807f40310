package org.newsgraph.eval.event;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.nlp.CoreNlpConfig;

/**
 * A developer's loop over the PETRARCH suite: annotates once into a cache file outside the repository (the
 * second argument), then codes and reports from the cache in a second. Not a test.
 */
public final class PetrarchDevHarness {

  private PetrarchDevHarness() {}

  public static void main(String[] args) throws Exception {
    Path records = Path.of(args[0]);
    Path cache = Path.of(args[1]);
    PetrarchSuite suite = PetrarchSuite.read(records);
    ObjectMapper json = new ObjectMapper()
        .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    List<Annotated> annotations;
    if (Files.isRegularFile(cache)) {
      annotations = json.readValue(cache.toFile(), new TypeReference<List<Annotated>>() {});
    } else {
      annotations = new PetrarchEvaluation(new CoreNlpAnnotator(CoreNlpConfig.defaults())).annotate(suite);
      json.writeValue(cache.toFile(), annotations);
    }
    if (args.length > 2) {
      java.util.Set<String> ids = java.util.Set.of(args[2].split(","));
      for (int i = 0; i < suite.cases().size(); i++) {
        if (ids.contains(suite.cases().get(i).id())) {
          dump(suite.cases().get(i).id(), annotations.get(i));
        }
      }
      return;
    }
    System.out.print(PetrarchEvaluation.score(suite, annotations).render(true));
  }

  private static void dump(String id, Annotated annotated) {
    System.out.println("== " + id);
    for (org.newsgraph.nlp.Sentence sentence : annotated.sentences()) {
      for (org.newsgraph.nlp.Dependency d : sentence.dependencies()) {
        org.newsgraph.nlp.Token t = annotated.tokens().get(d.dependent());
        String head = d.isRoot() ? "ROOT" : annotated.tokens().get(d.governor()).text() + "-" + d.governor();
        System.out.printf("  %3d %-14s %-5s %-12s %-12s <- %s%n", d.dependent(), t.text(), t.pos(), t.lemma(),
            d.relation(), head);
      }
    }
  }
}
