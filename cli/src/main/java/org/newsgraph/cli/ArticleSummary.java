package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Removal;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.Outcome;

/** A few lines per article for people: what it is, who is in it, who said what, when, and its figures. */
final class ArticleSummary {

  private static final int QUOTE_WIDTH = 110;

  String describe(Outcome outcome, Path writtenTo) {
    StringBuilder out = new StringBuilder();
    if (outcome instanceof Outcome.Failed failed) {
      out.append("✗ ").append(failed.input()).append(": ").append(failed.error().error().code()).append(" — ")
          .append(failed.error().error().message()).append('\n');
    } else {
      Analysis analysis = ((Outcome.Analyzed) outcome).analysis();
      header(outcome.input(), analysis.article(), out);
      entities(analysis.entities(), out);
      quotes(analysis.article().text(), analysis.quotes(), out);
      times(analysis.times(), out);
      figures(analysis.figures(), out);
    }
    if (writtenTo != null) {
      out.append("  → ").append(writtenTo).append('\n');
    }
    return out.append('\n').toString();
  }

  private static void header(String input, Article article, StringBuilder out) {
    out.append("■ ").append(article.title() != null ? article.title() : input).append('\n');
    List<String> facts = new ArrayList<>();
    if (article.outlet() != null) {
      facts.add(article.outlet());
    }
    if (article.published() != null) {
      facts.add(article.published());
    }
    if (!article.authors().isEmpty()) {
      facts.add("by " + String.join(", ", article.authors()));
    }
    if (article.repostedBy() != null) {
      facts.add("reposted by " + article.repostedBy());
    }
    facts.add(article.text().length() + " characters");
    out.append("  ").append(String.join(" · ", facts)).append('\n');
    if (!article.removed().isEmpty()) {
      Map<String, Long> reasons = article.removed().stream()
          .collect(Collectors.groupingBy(Removal::reason, LinkedHashMap::new, Collectors.counting()));
      out.append("  removed: ").append(reasons.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
          .collect(Collectors.joining(", "))).append('\n');
    }
  }

  private static void entities(List<Entity> entities, StringBuilder out) {
    Map<String, List<String>> byKind = new LinkedHashMap<>();
    for (Entity entity : entities) {
      String kind = switch (entity.type()) {
        case PERSON -> "people";
        case ORGANIZATION -> "organizations";
        case COUNTRY, STATE_OR_PROVINCE, CITY, LOCATION -> "places";
        default -> null;
      };
      if (kind != null) {
        String label = entity.name() + (entity.type() == EntityType.PERSON && !entity.roles().isEmpty()
            ? " (" + entity.roles().get(0) + ")" : "");
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(label);
      }
    }
    byKind.forEach((kind, names) -> out.append("  ").append(kind).append(": ").append(String.join("; ", names))
        .append('\n'));
  }

  private static void quotes(String text, List<Quote> quotes, StringBuilder out) {
    for (Quote quote : quotes) {
      String who = quote.speaker() != null ? quote.speaker().name() : "?";
      String cue = quote.cue() != null ? " " + quote.cue().text() : "";
      // The parts are the speaker's words; the quote's whole span may hold an interrupting "he said".
      String words = quote.parts().stream().map(p -> text.substring(p.start(), p.end()))
          .collect(Collectors.joining(" … "));
      out.append("  ").append(who).append(cue).append(": ").append(shorten(words)).append('\n');
    }
  }

  private static void times(List<TimeExpression> times, StringBuilder out) {
    if (!times.isEmpty()) {
      out.append("  when: ").append(times.stream().map(t -> "“" + t.text() + "” = " + t.value())
          .collect(Collectors.joining("; "))).append('\n');
    }
  }

  private static void figures(List<Figure> figures, StringBuilder out) {
    for (Figure figure : figures) {
      out.append("  figure: ").append(figure.text()).append(" = ").append(figure.value().toPlainString())
          .append(figure.unit() != null ? " " + figure.unit() : "")
          .append(figure.counts() != null ? " of " + figure.counts() : "")
          .append(figure.source() != null ? ", says " + figure.source().name() : "").append('\n');
    }
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= QUOTE_WIDTH ? flat : flat.substring(0, QUOTE_WIDTH - 1) + "…";
  }
}
