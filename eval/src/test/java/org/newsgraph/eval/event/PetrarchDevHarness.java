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
    ObjectMapper json = new ObjectMapper();
    List<Annotated> annotations;
    if (Files.isRegularFile(cache)) {
      annotations = json.readValue(cache.toFile(), new TypeReference<List<Annotated>>() {});
    } else {
      annotations = new PetrarchEvaluation(new CoreNlpAnnotator(CoreNlpConfig.defaults())).annotate(suite);
      json.writeValue(cache.toFile(), annotations);
    }
    System.out.print(PetrarchEvaluation.score(suite, annotations).render(true));
  }
}
