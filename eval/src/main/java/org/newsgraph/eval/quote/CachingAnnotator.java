package org.newsgraph.eval.quote;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.TextAnnotator;

/**
 * Keeps each text's annotation in a directory, keyed by the text's content hash, so that re-scoring after a change
 * to the quote rules does not parse the corpus again. The annotator behind it is built only on a cache miss.
 */
public final class CachingAnnotator implements TextAnnotator {

  private final Path directory;
  private final Supplier<TextAnnotator> annotator;
  private final ObjectMapper json = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private TextAnnotator built;

  public CachingAnnotator(Path directory, Supplier<TextAnnotator> annotator) {
    this.directory = directory;
    this.annotator = annotator;
  }

  @Override
  public synchronized Annotated annotate(String text, LocalDate anchor) {
    Path file = directory.resolve(Article.contentId(text + "|" + anchor) + ".json");
    try {
      if (Files.exists(file)) {
        return json.readValue(file.toFile(), Annotated.class);
      }
      if (built == null) {
        built = annotator.get();
      }
      Annotated annotated = built.annotate(text, anchor);
      Files.createDirectories(directory);
      json.writeValue(file.toFile(), annotated);
      return annotated;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
