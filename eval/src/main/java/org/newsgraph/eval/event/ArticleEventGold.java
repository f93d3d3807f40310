package org.newsgraph.eval.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the project's event gold for whole articles ({@code article-events.jsonl}, one article a line; the
 * guidelines are docs/event-guidelines.md) and joins each article to its text in {@code ../shared/data}. Every span
 * is checked: an offset pair that does not give its text, or a text of another length than annotated, stops the
 * read with the article and span named.
 */
public final class ArticleEventGold {

  /** The gold as compiled into the eval module. */
  public static final String RESOURCE = "article-events.jsonl";

  private static final Pattern POLNEAR_DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");

  private final ObjectMapper json = new ObjectMapper();
  private final Path data;
  private final Map<String, JsonNode> geoFiles = new HashMap<>();

  /** @param data the shared data folder ({@code ../shared/data}) holding {@code polnear/} and {@code geo/} */
  public ArticleEventGold(Path data) {
    this.data = data;
  }

  /** The gold bundled with the eval module. */
  public List<GoldArticle> read() throws IOException {
    try (InputStream in = ArticleEventGold.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("missing resource " + RESOURCE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }
  }

  /** A gold file on disk. */
  public List<GoldArticle> read(Path gold) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      return read(reader);
    }
  }

  private List<GoldArticle> read(BufferedReader reader) throws IOException {
    List<GoldArticle> articles = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (!line.isBlank()) {
        articles.add(article(json.readTree(line)));
      }
    }
    return List.copyOf(articles);
  }

  private GoldArticle article(JsonNode node) throws IOException {
    String reference = node.path("article").asText();
    String text = text(reference);
    int chars = node.path("chars").asInt(-1);
    if (chars >= 0 && chars != text.length()) {
      throw new IOException(reference + ": the text has " + text.length() + " characters, the gold was annotated on "
          + chars);
    }
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode e : node.path("events")) {
      String id = e.path("id").asText();
      events.add(new GoldEvent(id, e.path("type").asText(), e.path("mode").isNull() ? null : e.path("mode").asText(),
          span(e.path("trigger"), text, reference, id), spans(e.path("actor"), text, reference, id),
          spans(e.path("recipient"), text, reference, id), span(e.path("date"), text, reference, id),
          span(e.path("place"), text, reference, id), e.path("negated").asBoolean(),
          e.path("hypothetical").asBoolean(), e.path("future").asBoolean(), e.path("reported").asBoolean()));
    }
    return new GoldArticle(reference, node.path("half").asText(), text, published(reference), events);
  }

  private static List<GoldSpan> spans(JsonNode list, String text, String reference, String id) throws IOException {
    List<GoldSpan> spans = new ArrayList<>();
    for (JsonNode node : list) {
      spans.add(span(node, text, reference, id));
    }
    return spans;
  }

  private static GoldSpan span(JsonNode node, String text, String reference, String id) throws IOException {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    int start = node.path("start").asInt();
    int end = node.path("end").asInt();
    String words = node.path("text").asText();
    if (start < 0 || end > text.length() || start > end || !text.substring(start, end).equals(words)) {
      throw new IOException(reference + " " + id + ": offsets " + start + ".." + end + " do not give '" + words + "'");
    }
    return new GoldSpan(start, end, words, node.hasNonNull("name") ? node.path("name").asText() : null);
  }

  private String text(String reference) throws IOException {
    int hash = reference.indexOf('#');
    if (hash < 0) {
      return Files.readString(data.resolve(reference), StandardCharsets.UTF_8);
    }
    String file = reference.substring(0, hash);
    JsonNode records = geoFiles.get(file);
    if (records == null) {
      records = json.readTree(data.resolve(file).toFile());
      geoFiles.put(file, records);
    }
    int index = Integer.parseInt(reference.substring(hash + 1));
    JsonNode record = records.path(index);
    if (record.isMissingNode()) {
      throw new IOException(reference + ": no such record");
    }
    return record.path("text").asText();
  }

  private static LocalDate published(String reference) {
    Matcher m = POLNEAR_DATE.matcher(reference);
    return m.find() ? LocalDate.parse(m.group(1)) : null;
  }

  /** Reads the bundled gold against {@code data}, failing with the reason; for callers without checked I/O. */
  public static List<GoldArticle> bundled(Path data) {
    try {
      return new ArticleEventGold(data).read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
