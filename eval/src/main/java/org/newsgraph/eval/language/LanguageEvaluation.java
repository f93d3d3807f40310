package org.newsgraph.eval.language;

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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.language.LanguageIdentifier;

/**
 * Scores the language identifier on two sets: short news sentences in seven languages written for newsgraph (bundled),
 * and the article bodies of the extraction benchmark in {@code ../shared/data/articles}, whole and cut to their first
 * 200 characters. What matters most is that no English article is taken for another language (it would go
 * unanalyzed) and that no other language passes for English.
 */
public final class LanguageEvaluation {

  /** One text with its expected language. */
  public record Sample(String set, String expected, String text) {}

  /**
   * Per set: how many texts, how many right, how many with no answer, the errors ({@code expected->found}), how many
   * English texts would go unanalyzed and how many others would be analyzed as English, and the time per text.
   */
  public record SetScore(String set, int texts, int right, int unknown, List<String> wrong, int englishLost,
      int foreignAnalyzed, double microsPerText) {}

  private final LanguageIdentifier identifier;

  public LanguageEvaluation(LanguageIdentifier identifier) {
    this.identifier = identifier;
  }

  /** The bundled short sentences. */
  public static List<Sample> shortNews() {
    List<Sample> samples = new ArrayList<>();
    read("short-news.tsv", fields -> samples.add(new Sample("short news sentences", fields[0], fields[1])));
    return samples;
  }

  private static void read(String resource, java.util.function.Consumer<String[]> row) {
    try (InputStream in = LanguageEvaluation.class.getResourceAsStream(resource);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          row.accept(line.split("\t", 2));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The benchmark's article bodies, whole and cut short, labelled English but for the pages the bundled
   * {@code benchmark-languages.tsv} lists; empty when the file is absent.
   */
  public static List<Sample> benchmarkBodies(Path groundTruth) throws IOException {
    List<Sample> samples = new ArrayList<>();
    if (!Files.isRegularFile(groundTruth)) {
      return samples;
    }
    Map<String, String> languages = new LinkedHashMap<>();
    read("benchmark-languages.tsv", fields -> languages.put(fields[0], fields[1]));
    JsonNode root = new ObjectMapper().readTree(groundTruth.toFile());
    List<Sample> cut = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> pages = root.fields(); pages.hasNext(); ) {
      Map.Entry<String, JsonNode> page = pages.next();
      String body = page.getValue().path("articleBody").asText("");
      if (body.isBlank()) {
        continue;
      }
      String language = languages.getOrDefault(page.getKey(), "en");
      samples.add(new Sample("benchmark article bodies", language, body));
      cut.add(new Sample("benchmark bodies, first 200 chars", language,
          body.substring(0, Math.min(200, body.length()))));
    }
    samples.addAll(cut);
    return samples;
  }

  public List<SetScore> score(List<Sample> samples) {
    Map<String, List<Sample>> bySet = new LinkedHashMap<>();
    samples.forEach(sample -> bySet.computeIfAbsent(sample.set(), set -> new ArrayList<>()).add(sample));
    List<SetScore> scores = new ArrayList<>();
    bySet.forEach((set, items) -> {
      int right = 0;
      int unknown = 0;
      int englishLost = 0;
      int foreignAnalyzed = 0;
      List<String> wrong = new ArrayList<>();
      long started = System.nanoTime();
      for (Sample sample : items) {
        Optional<String> found = identifier.identify(sample.text());
        // The pipeline analyzes a text with no answer as English (the page's declaration aside).
        boolean analyzed = found.orElse("en").equals("en");
        if (sample.expected().equals("en") && !analyzed) {
          englishLost++;
        } else if (!sample.expected().equals("en") && analyzed) {
          foreignAnalyzed++;
        }
        if (found.isEmpty()) {
          unknown++;
        } else if (found.get().equals(sample.expected())) {
          right++;
        } else {
          wrong.add(sample.expected() + "->" + found.get());
        }
      }
      double micros = (System.nanoTime() - started) / 1000.0 / items.size();
      scores.add(new SetScore(set, items.size(), right, unknown, wrong, englishLost, foreignAnalyzed, micros));
    });
    return scores;
  }

  public static String render(List<SetScore> scores) {
    StringBuilder out = new StringBuilder("set | texts | right | no answer | wrong | English not analyzed | "
        + "other analyzed as English | µs/text\n");
    for (SetScore s : scores) {
      out.append(String.format("%s | %d | %d (%.1f%%) | %d | %d %s | %d | %d | %.0f%n", s.set(), s.texts(),
          s.right(), 100.0 * s.right() / s.texts(), s.unknown(), s.wrong().size(),
          s.wrong().isEmpty() ? "" : s.wrong(), s.englishLost(), s.foreignAnalyzed(), s.microsPerText()));
    }
    return out.toString();
  }
}
