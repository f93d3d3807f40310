package org.newsgraph.server.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Framing;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Removal;
import org.newsgraph.model.Segment;
import org.newsgraph.model.TimeExpression;

/**
 * What the article page shows of one analysis: the text cut into highlighted runs and the side panel's facts, each
 * fact anchored at its first words.
 *
 * @param jsonLink where the analysis can be read as JSON, or null when it is not stored
 * @param showRemoved whether the text that cleaning removed is shown where it stood
 */
public record ArticleView(Article article, Optional<String> href, List<Run> runs, List<Fact> entities,
    List<Fact> quotes, List<Fact> events, List<Fact> times, List<Fact> figures, List<Fact> framing,
    String focusCountry, String jsonLink, boolean showRemoved, String selfLink) {

  private static final int DETAIL_CHARS = 240;

  /** The view of {@code analysis}; {@code entityLink} gives the page of a document entity, or null. */
  public static ArticleView of(Analysis analysis, boolean showRemoved, String jsonLink, String selfLink,
      EntityLinks entityLink) {
    Article article = analysis.article();
    List<Mark> marks = new ArrayList<>();
    Map<String, String> entityAnchors = new HashMap<>();
    List<Fact> entities = new ArrayList<>();
    for (int i = 0; i < analysis.entities().size(); i++) {
      Entity entity = analysis.entities().get(i);
      String anchor = "e-" + i;
      entityAnchors.put(entity.id(), anchor);
      for (Mention mention : entity.mentions()) {
        marks.add(new Mark(mention.start(), mention.end(), "entity", anchor));
      }
      Object kbId = entity.kb().get("id");
      entities.add(new Fact(anchor, "entity", entity.name(),
          entity.type() + (kbId == null ? "" : " · " + kbId) + " · " + entity.mentions().size() + " mention"
              + (entity.mentions().size() == 1 ? "" : "s"),
          entity.roles(), entityLink.of(analysis, entity)));
    }
    Map<String, List<Framing>> framingOf = analysis.framing().stream().filter(f -> f.appliesTo() != null)
        .collect(Collectors.groupingBy(Framing::appliesTo));
    List<Fact> quotes = new ArrayList<>();
    for (int i = 0; i < analysis.quotes().size(); i++) {
      Quote quote = analysis.quotes().get(i);
      String anchor = "q-" + i;
      List<Segment> parts = quote.parts().isEmpty() ? List.of(new Segment(quote.start(), quote.end()))
          : quote.parts();
      parts.forEach(part -> marks.add(new Mark(part.start(), part.end(), "quote", anchor)));
      if (quote.speaker() != null && quote.speaker().end() > quote.speaker().start()) {
        marks.add(new Mark(quote.speaker().start(), quote.speaker().end(), "speaker", anchor));
      }
      if (quote.cue() != null) {
        marks.add(new Mark(quote.cue().start(), quote.cue().end(), "cue", anchor));
      }
      List<String> flags = new ArrayList<>();
      flags.add(quote.kind().toString().toLowerCase(java.util.Locale.ROOT));
      if (quote.cue() != null) {
        flags.add("cue: " + quote.cue().text());
      }
      framingOf.getOrDefault(quote.id(), List.of()).forEach(f -> flags.add(framingLabel(f)));
      String speaker = quote.speaker() == null ? "Unattributed" : quote.speaker().name();
      String link = quote.speaker() == null || quote.speaker().entity() == null ? null
          : analysis.entities().stream().filter(e -> e.id().equals(quote.speaker().entity())).findFirst()
              .map(e -> entityLink.of(analysis, e)).orElse(null);
      quotes.add(new Fact(anchor, "quote", speaker, shorten(quote.text()), flags, link));
    }
    List<Fact> events = new ArrayList<>();
    for (int i = 0; i < analysis.events().size(); i++) {
      Event event = analysis.events().get(i);
      String anchor = "v-" + i;
      if (event.evidence() != null) {
        marks.add(new Mark(event.evidence().start(), event.evidence().end(), "event", anchor));
      }
      List<String> flags = new ArrayList<>();
      if (event.cameo() != null) {
        flags.add("CAMEO " + event.cameo());
      }
      if (event.date() != null) {
        flags.add(event.date());
      }
      if (event.negated()) {
        flags.add("negated");
      }
      if (event.hypothetical()) {
        flags.add("hypothetical");
      }
      if (event.future()) {
        flags.add("future");
      }
      String who = (event.actor() == null ? "?" : actorName(event.actor()))
          + (event.recipient() == null ? "" : " → " + actorName(event.recipient()));
      events.add(new Fact(anchor, "event", event.type(), who, flags, null));
    }
    List<Fact> times = new ArrayList<>();
    for (int i = 0; i < analysis.times().size(); i++) {
      TimeExpression time = analysis.times().get(i);
      String anchor = "t-" + i;
      marks.add(new Mark(time.start(), time.end(), "time", anchor));
      times.add(new Fact(anchor, "time", time.text(), time.type() + " " + time.value(), List.of(), null));
    }
    List<Fact> figures = new ArrayList<>();
    for (int i = 0; i < analysis.figures().size(); i++) {
      Figure figure = analysis.figures().get(i);
      String anchor = "n-" + i;
      marks.add(new Mark(figure.start(), figure.end(), "figure", anchor));
      List<String> flags = new ArrayList<>();
      if (figure.source() != null) {
        flags.add("source: " + figure.source().name());
      }
      figures.add(new Fact(anchor, "figure", figure.text(),
          (figure.value() == null ? "" : figure.value().toPlainString() + " ")
              + (figure.unit() == null ? "" : figure.unit())
              + (figure.counts() == null ? "" : " · " + figure.counts()), flags, null));
    }
    List<Fact> framing = new ArrayList<>();
    for (int i = 0; i < analysis.framing().size(); i++) {
      Framing f = analysis.framing().get(i);
      String anchor = "r-" + i;
      marks.add(new Mark(f.start(), f.end(), "framing", anchor));
      framing.add(new Fact(anchor, "framing", f.text(), framingLabel(f), List.of(), null));
    }
    List<Removal> removals = showRemoved ? article.removed().stream()
        .sorted(Comparator.comparingInt(Removal::at)).toList() : List.of();
    List<Run> runs = Highlighter.runs(article.text(), marks,
        removals.stream().map(Removal::at).collect(Collectors.toSet()));
    return new ArticleView(article, SafeUrl.href(article.url()), withRemovals(runs, removals, article.text()),
        entities, quotes, events, times, figures, framing, analysis.focus().country(), jsonLink, showRemoved,
        selfLink);
  }

  /** Whether the article had anything removed by cleaning. */
  public boolean hasRemovals() {
    return !article.removed().isEmpty();
  }

  public String title() {
    return article.title() == null || article.title().isBlank() ? "Untitled article" : article.title();
  }

  private static List<Run> withRemovals(List<Run> runs, List<Removal> removals, String text) {
    if (removals.isEmpty()) {
      return runs;
    }
    List<Run> out = new ArrayList<>();
    int next = 0;
    for (Run run : runs) {
      while (next < removals.size() && removals.get(next).at() <= run.start()) {
        out.add(removedRun(removals.get(next++)));
      }
      out.add(run);
    }
    while (next < removals.size()) {
      out.add(removedRun(removals.get(next++)));
    }
    return out;
  }

  private static Run removedRun(Removal removal) {
    return new Run(removal.text() + "\n", removal.at(), List.of("removed", "removed-" + removal.reason()),
        List.of(), List.of(), List.of(), true);
  }

  private static String actorName(org.newsgraph.model.Actor actor) {
    String name = actor.name() == null ? "?" : actor.name();
    return actor.code() == null ? name : name + " (" + actor.code() + ")";
  }

  private static String framingLabel(Framing framing) {
    String kind = framing.kind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return kind + ": “" + framing.text() + "”" + (framing.connotation() == null ? "" : " (" + framing.connotation()
        + ")");
  }

  private static String shorten(String text) {
    return text.length() <= DETAIL_CHARS ? text : text.substring(0, DETAIL_CHARS - 1) + "…";
  }

  /** How a document entity links to its page. */
  @FunctionalInterface
  public interface EntityLinks {
    EntityLinks NONE = (analysis, entity) -> null;

    String of(Analysis analysis, Entity entity);
  }
}
