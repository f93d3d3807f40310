package org.newsgraph.clean;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The first article described by a page's JSON-LD ({@code NewsArticle}, {@code Article}, {@code BlogPosting}, ...),
 * whether at the top level, in an array or in an {@code @graph}; {@code @id} references within the graph resolved.
 * Values are null when absent.
 */
record JsonLd(String headline, String datePublished, List<String> authors, String publisher, String url,
    String articleBody, String dateModified, String section, List<String> keywords, String basedOn) {

  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .build();

  JsonLd {
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
  }

  static Optional<JsonLd> read(Document document) {
    for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
      JsonNode root;
      try {
        root = LENIENT.readTree(script.data());
      } catch (JacksonException e) {
        continue; // broken JSON-LD is common; the page's meta tags still count
      }
      List<JsonNode> nodes = new ArrayList<>();
      collect(root, nodes);
      Map<String, JsonNode> byId = new HashMap<>();
      for (JsonNode node : nodes) {
        if (node.hasNonNull("@id") && node.size() > 1) {
          byId.put(node.get("@id").asText(), node);
        }
      }
      for (JsonNode node : nodes) {
        if (isArticle(node.get("@type"))) {
          return Optional.of(from(node, byId));
        }
      }
    }
    return Optional.empty();
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(item -> collect(item, out));
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out);
    }
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    String name = type.asText();
    return name.endsWith("Article") || name.equals("BlogPosting") || name.equals("LiveBlogPosting")
        || name.equals("Report");
  }

  private static JsonLd from(JsonNode article, Map<String, JsonNode> byId) {
    String headline = text(article.get("headline"));
    if (headline == null) {
      headline = text(article.get("name"));
    }
    List<String> authors = new ArrayList<>();
    JsonNode author = article.get("author");
    if (author != null) {
      for (JsonNode a : author.isArray() ? author : List.of(author)) {
        String name = name(resolve(a, byId));
        if (name != null && !authors.contains(name)) {
          authors.add(name);
        }
      }
    }
    String url = text(article.get("url"));
    if (url == null && article.get("mainEntityOfPage") != null) {
      JsonNode page = article.get("mainEntityOfPage");
      url = page.isObject() ? text(page.get("@id")) : text(page);
    }
    JsonNode based = article.has("isBasedOn") ? article.get("isBasedOn") : article.get("isBasedOnUrl");
    String basedOn = based != null && based.isObject() ? text(based.has("url") ? based.get("url") : based.get("@id"))
        : text(based);
    return new JsonLd(headline, text(article.get("datePublished")), authors,
        name(resolve(article.get("publisher"), byId)), url, text(article.get("articleBody")),
        text(article.get("dateModified")), text(article.get("articleSection")), keywords(article.get("keywords")),
        basedOn);
  }

  /** Keywords as a list, or as one string separated by commas. */
  private static List<String> keywords(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    for (JsonNode k : node.isArray() ? node : List.of(node)) {
      if (k.isValueNode()) {
        for (String word : k.asText().split(",")) {
          String w = Whitespace.line(word);
          if (!w.isEmpty() && !out.contains(w)) {
            out.add(w);
          }
        }
      }
    }
    return out;
  }

  private static JsonNode resolve(JsonNode node, Map<String, JsonNode> byId) {
    if (node != null && node.isObject() && node.size() == 1 && node.has("@id")) {
      return byId.getOrDefault(node.get("@id").asText(), node);
    }
    return node;
  }

  private static String name(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : name(node.get(0));
    }
    return node.isObject() ? text(node.get("name")) : text(node);
  }

  private static String text(JsonNode node) {
    if (node == null || !node.isValueNode()) {
      return node != null && node.isArray() && !node.isEmpty() ? text(node.get(0)) : null;
    }
    String value = Whitespace.line(node.asText());
    return value.isEmpty() ? null : value;
  }
}
