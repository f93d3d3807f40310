package org.newsgraph.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.util.BytesRef;

/**
 * The article's text inside a stored analysis, read without reading the rest: the text comes near the start of the
 * JSON and the facts after it, so a page that only shows a passage (the search page's snippets) stops there.
 */
final class ArticleText {

  private static final JsonFactory JSON = new JsonFactory();

  private ArticleText() {}

  /** {@code article.text} of a {@code newsgraph/1} analysis; empty when it has none. */
  static Optional<String> in(BytesRef analysis) throws IOException {
    try (JsonParser parser = JSON.createParser(analysis.bytes, analysis.offset, analysis.length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("article") && value == JsonToken.START_OBJECT) {
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String inner = parser.currentName();
            JsonToken innerValue = parser.nextToken();
            if (inner.equals("text") && innerValue == JsonToken.VALUE_STRING) {
              return Optional.of(parser.getText());
            }
            parser.skipChildren();
          }
          return Optional.empty();
        }
        parser.skipChildren();
      }
      return Optional.empty();
    }
  }
}
