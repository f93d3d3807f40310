package org.newsgraph.eval.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The pages of the article-extraction benchmark's layout: {@code ground-truth.json} maps each page id to its
 * {@code articleBody} and {@code url}, and {@code html/<id>.html.gz} holds the page as fetched.
 */
public final class BenchmarkPages {

  /** One page: its id, address, true body text and where its HTML is. */
  public record Page(String id, String url, String articleBody, Path html) {}

  private BenchmarkPages() {}

  /** The pages of {@code folder}, in the order of its ground truth; a page whose HTML is missing is an error. */
  public static List<Page> read(Path folder) throws IOException {
    JsonNode root = new ObjectMapper().readTree(folder.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> entry = it.next();
      Path html = folder.resolve("html").resolve(entry.getKey() + ".html.gz");
      if (!Files.isRegularFile(html)) {
        throw new IOException("no page " + html + " for ground-truth id " + entry.getKey());
      }
      pages.add(new Page(entry.getKey(), entry.getValue().path("url").asText(null),
          entry.getValue().path("articleBody").asText(""), html));
    }
    return pages;
  }

  /** Bodies another extractor wrote in the benchmark's output format: {id: {articleBody}}, or {version, output}. */
  public static Map<String, String> predictions(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (root.has("output") && root.has("version") && root.get("output").isObject()) {
      root = root.get("output");
    }
    Map<String, String> bodies = new java.util.HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> entry = it.next();
      bodies.put(entry.getKey(), entry.getValue().path("articleBody").asText(""));
    }
    return bodies;
  }
}
