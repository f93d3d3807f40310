package org.newsgraph.eval.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a CLIFF hand-coded set: a JSON array of {mediacloudId, handCodedCountryCode, handCodedPlaceName, text}. */
public final class CodedArticles {

  private CodedArticles() {}

  public static List<CodedArticle> read(Path file) throws IOException {
    JsonNode array = new ObjectMapper().readTree(file.toFile());
    if (!array.isArray()) {
      throw new IOException(file + ": expected a JSON array of coded articles");
    }
    List<CodedArticle> articles = new ArrayList<>();
    for (JsonNode node : array) {
      articles.add(new CodedArticle(node.path("mediacloudId").asText(), node.path("handCodedCountryCode").asText(),
          node.path("handCodedPlaceName").asText(), node.path("text").asText()));
    }
    return articles;
  }
}
