package org.newsgraph.eval.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.newsgraph.Newsgraph;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Framing;
import org.newsgraph.model.Quote;
import org.newsgraph.model.TimeExpression;

/**
 * Compares the analysis of the founding example with {@code seed-article.expected.json}, item by item, the lenient
 * way that file describes: names case-insensitively on the canonical name or an alias, quotes by a substring of
 * their text, times by normalized value.
 */
public final class SeedEvaluation {

  private final Newsgraph pipeline;

  public SeedEvaluation(Newsgraph pipeline) {
    this.pipeline = pipeline;
  }

  public SeedReport evaluate(Path article, Path expectedJson) throws IOException, RejectedInputException {
    JsonNode expected = new ObjectMapper().readTree(expectedJson.toFile());
    Analysis analysis = pipeline.analyze(RawDocument.text(article.getFileName().toString(),
        Files.readString(article)));
    return compare(analysis, expected);
  }

  /** Compares an analysis already made with the expectations. */
  public static SeedReport compare(Analysis analysis, JsonNode expected) {
    List<Check> checks = new ArrayList<>();
    new Comparison(analysis, checks).run(expected);
    return new SeedReport(checks);
  }

  private record Comparison(Analysis analysis, List<Check> checks) {

    void run(JsonNode expected) {
      article(expected.path("article"));
      expected.path("entities").forEach(this::entity);
      expected.path("quotes").forEach(this::quote);
      expected.path("not_quotes").forEach(this::notQuote);
      expected.path("times").forEach(this::time);
      expected.path("figures").forEach(this::figure);
      expected.path("events").forEach(this::event);
      expected.path("framing").forEach(this::framing);
      checks.addAll(LinkChecks.check(analysis));
    }

    private void add(String section, String item, boolean passed, String detail) {
      checks.add(new Check(section, item, passed, detail));
    }

    private void article(JsonNode want) {
      var article = analysis.article();
      field("title", want.path("title").asText(), article.title());
      field("outlet", want.path("outlet").asText(), article.outlet());
      field("authors", String.join(", ", texts(want.path("authors"))), String.join(", ", article.authors()));
      field("published", want.path("published").asText(),
          article.published() == null ? null : article.published().substring(0, Math.min(10,
              article.published().length())));
      field("reposted_by", want.path("reposted_by").asText(), article.repostedBy());
      for (String gone : texts(want.path("body_must_not_contain"))) {
        add("article", "body lacks “" + gone + "”", !article.text().contains(gone), "");
      }
      for (String kept : texts(want.path("body_must_contain"))) {
        add("article", "body has “" + kept + "”", article.text().contains(kept), "");
      }
    }

    private void field(String name, String want, String got) {
      add("article", name + " = " + want, want.equals(got), want.equals(got) ? "" : "got " + got);
    }

    private void entity(JsonNode want) {
      String name = want.path("name").asText();
      String type = want.path("type").asText();
      Optional<Entity> found = findEntity(name);
      if (found.isEmpty()) {
        add("entities", name + " (" + type + ")", false, "not found");
        return;
      }
      Entity entity = found.get();
      // Other names must be merged into the entity when the article uses them ("US", "USA" may not occur).
      List<String> missing = texts(want.path("also")).stream()
          .filter(also -> analysis.article().text().contains(also) && !knownAs(entity, also)).toList();
      boolean typeOk = entity.type().name().equals(type);
      String detail = (typeOk ? "" : "typed " + entity.type() + " ") + (missing.isEmpty() ? ""
          : "not merged: " + missing);
      add("entities", name + " (" + type + ")", typeOk && missing.isEmpty(), detail.strip());
    }

    private void quote(JsonNode want) {
      String has = want.path("has").asText();
      String speaker = want.path("speaker").asText();
      List<Quote> containing = analysis.quotes().stream().filter(q -> q.text().contains(has)).toList();
      boolean right = containing.stream().anyMatch(q -> speakerIs(q, speaker));
      String detail = containing.isEmpty() ? "no quote has it"
          : right ? "" : "speaker " + containing.get(0).speaker();
      add("quotes", speaker + ": “" + has + "”", right, detail);
    }

    private void notQuote(JsonNode want) {
      String has = want.path("has").asText();
      boolean absent = analysis.quotes().stream().noneMatch(q -> q.text().contains(has));
      add("not quotes", "“" + has + "” is not a quote", absent, absent ? "" : "extracted as a quote");
    }

    private void time(JsonNode want) {
      String text = want.path("text").asText();
      String value = want.path("value").asText();
      Predicate<TimeExpression> sameText = t -> t.text().equalsIgnoreCase(text);
      boolean found = analysis.times().stream().anyMatch(t -> sameText.test(t) && value.equals(t.value()));
      String detail = found ? "" : analysis.times().stream().filter(sameText).map(TimeExpression::value)
          .findFirst().map(v -> "got " + v).orElse("not found");
      add("times", text + " = " + value, found, detail);
    }

    private void figure(JsonNode want) {
      String has = want.path("has").asText();
      Optional<Figure> found = analysis.figures().stream().filter(f -> f.text().contains(has)).findFirst();
      String label = has + " " + want.path("unit").asText()
          + (want.has("source") ? " (" + want.path("source").asText() + ")" : "");
      if (found.isEmpty()) {
        add("figures", label, false, "not found");
        return;
      }
      Figure figure = found.get();
      List<String> wrong = new ArrayList<>();
      if (figure.value().compareTo(new BigDecimal(want.path("value").asText())) != 0) {
        wrong.add("value " + figure.value().toPlainString());
      }
      if (!want.path("unit").asText().equals(figure.unit())) {
        wrong.add("unit " + figure.unit());
      }
      if (want.has("source") && (figure.source() == null
          || !nameMatches(figure.source().entity(), figure.source().name(), want.path("source").asText()))) {
        wrong.add("source " + (figure.source() == null ? "none" : figure.source().name()));
      }
      add("figures", label, wrong.isEmpty(), String.join(", ", wrong));
    }

    private void event(JsonNode want) {
      String type = want.path("type").asText();
      String label = type + " " + want.path("actor").asText() + " → " + want.path("target").asText("");
      boolean found = analysis.events().stream().anyMatch(e -> eventMatches(e, want));
      add("events", label, found, found ? "" : "not found");
    }

    private boolean eventMatches(Event event, JsonNode want) {
      return anyOf(want.path("type").asText()).contains(event.type())
          && actorMatches(event.actor(), want.path("actor").asText())
          && (!want.has("target") || actorMatches(event.recipient(), want.path("target").asText()))
          && (!want.has("date") || want.path("date").asText().equals(event.date()))
          && (!want.has("place") || anyOf(want.path("place").asText()).stream()
              .anyMatch(p -> p.equalsIgnoreCase(String.valueOf(event.place()))));
    }

    private boolean actorMatches(org.newsgraph.model.Actor actor, String options) {
      return actor != null && anyOf(options).stream().anyMatch(o -> nameMatches(actor.entity(), actor.name(), o));
    }

    private void framing(JsonNode want) {
      String kind = want.path("kind").asText();
      String has = want.path("has").asText();
      boolean found = analysis.framing().stream()
          .anyMatch((Framing f) -> f.kind().json().equals(kind) && f.text().contains(has));
      add("framing", kind + " “" + has + "” on " + want.path("about").asText(), found, found ? "" : "not found");
    }

    private boolean speakerIs(Quote quote, String speaker) {
      return quote.speaker() != null && nameMatches(quote.speaker().entity(), quote.speaker().name(), speaker);
    }

    /** True when the entity with this id, or else the surface name, is known by {@code expected}. */
    private boolean nameMatches(String entityId, String surface, String expected) {
      if (entityId != null) {
        Optional<Entity> entity = analysis.entities().stream().filter(e -> e.id().equals(entityId)).findFirst();
        if (entity.isPresent() && knownAs(entity.get(), expected)) {
          return true;
        }
      }
      return surface != null && surface.toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT));
    }

    private Optional<Entity> findEntity(String name) {
      return analysis.entities().stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst()
          .or(() -> analysis.entities().stream().filter(e -> knownAs(e, name)).findFirst());
    }

    private static boolean knownAs(Entity entity, String name) {
      return entity.name().equalsIgnoreCase(name)
          || entity.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name))
          || entity.mentions().stream().anyMatch(m -> m.text().equalsIgnoreCase(name));
    }

    private static List<String> anyOf(String options) {
      return Arrays.asList(options.split("\\|"));
    }

    private static List<String> texts(JsonNode array) {
      List<String> values = new ArrayList<>();
      array.forEach(node -> values.add(node.asText()));
      return values;
    }
  }
}
