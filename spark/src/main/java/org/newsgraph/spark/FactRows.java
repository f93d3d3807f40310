package org.newsgraph.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.ErrorRecord;
import org.newsgraph.model.Event;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Removal;
import org.newsgraph.model.Segment;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.Outcome;

/**
 * Flattens one outcome into table rows: its JSON document, then one row per article, entity, mention, quote, event,
 * time and figure, or one error row. Every row carries the publication date it is partitioned by.
 */
final class FactRows {

  private final AnalysisJson json;

  FactRows(AnalysisJson json) {
    this.json = json;
  }

  /** The rows of {@code outcome}, the result of analyzing {@code source}. */
  List<TableRow> of(Outcome outcome, SourceRecord source) {
    List<TableRow> rows = new ArrayList<>();
    if (outcome instanceof Outcome.Analyzed analyzed) {
      Analysis analysis = analyzed.analysis();
      Date date = analysis.article().publishedDate().map(Date::valueOf).orElse(null);
      rows.add(row(Table.JSON, json.write(analysis, false), date));
      addFacts(rows, analysis, outcome.input(), date);
    } else {
      ErrorRecord error = ((Outcome.Failed) outcome).error();
      // A document that timed out or failed still files under the date its record gave, so a rerun replaces it.
      Date date = publishedDate(source.published());
      rows.add(row(Table.JSON, json.write(error, false), date));
      rows.add(row(Table.ERRORS, error.input(), error.error().code(), error.error().message(), date));
    }
    return rows;
  }

  private void addFacts(List<TableRow> rows, Analysis analysis, String input, Date date) {
    Article article = analysis.article();
    String id = article.id();
    String truncated = analysis.truncated() == null ? null : analysis.truncated().limit();
    rows.add(row(Table.ARTICLES, id, input, truncated, article.url(), article.title(), article.outlet(),
        article.authors().toArray(String[]::new), article.published(), article.fetched(),
        article.flags().toArray(String[]::new), article.language(), article.text(),
        article.repostedBy(), article.removed().stream().map(FactRows::removal).toArray(Row[]::new),
        analysis.focus().country(), analysis.focus().countries().toArray(String[]::new), analysis.tone().score(),
        analysis.tone().positive(), analysis.tone().negative(), analysis.tone().words(), analysis.entities().size(),
        analysis.quotes().size(), analysis.times().size(), analysis.figures().size(), analysis.events().size(),
        date));
    for (Entity entity : analysis.entities()) {
      Map<String, Object> kb = entity.kb();
      rows.add(row(Table.ENTITIES, id, entity.id(), entity.name(), entity.type().name(),
          entity.aliases().toArray(String[]::new), entity.roles().toArray(String[]::new), entity.mentions().size(),
          text(kb.get("kind")), text(kb.get("country")), text(kb.get("cameo")), whole(kb.get("geonames_id")),
          real(kb.get("lat")), real(kb.get("lon")), kb.isEmpty() ? null : kbJson(kb), date));
      for (Mention mention : entity.mentions()) {
        rows.add(row(Table.MENTIONS, id, entity.id(), mention.start(), mention.end(), mention.text(),
            mention.kind().json(), date));
      }
    }
    for (Quote quote : analysis.quotes()) {
      var speaker = quote.speaker();
      var cue = quote.cue();
      rows.add(row(Table.QUOTES, id, quote.id(), quote.kind().json(), quote.text(), quote.start(),
          quote.end(), quote.parts().stream().map(FactRows::segment).toArray(Row[]::new),
          speaker == null ? null : speaker.entity(), speaker == null ? null : speaker.name(),
          speaker == null ? null : speaker.start(), speaker == null ? null : speaker.end(),
          cue == null ? null : cue.text(), cue == null ? null : cue.start(), cue == null ? null : cue.end(),
          quote.date(), date));
    }
    for (Event event : analysis.events()) {
      Actor actor = event.actor();
      Actor recipient = event.recipient();
      Segment evidence = event.evidence();
      rows.add(row(Table.EVENTS, id, event.id(), event.type(), event.cameo(), event.quad(), event.mode(),
          actor == null ? null : actor.entity(), actor == null ? null : actor.name(),
          actor == null ? null : actor.code(), recipient == null ? null : recipient.entity(),
          recipient == null ? null : recipient.name(), recipient == null ? null : recipient.code(), event.date(),
          event.dateFromArticle(), event.place(), event.negated(), event.hypothetical(), event.future(),
          evidence == null ? null : evidence.start(), evidence == null ? null : evidence.end(), event.reportedBy(),
          date));
    }
    for (TimeExpression time : analysis.times()) {
      rows.add(row(Table.TIMES, id, time.text(), time.start(), time.end(),
          time.type() == null ? null : time.type().name(), time.value(), date));
    }
    for (Figure figure : analysis.figures()) {
      var source = figure.source();
      rows.add(row(Table.FIGURES, id, figure.text(), figure.start(), figure.end(), decimal(figure.value()),
          figure.unit(), figure.counts(), source == null ? null : source.entity(),
          source == null ? null : source.name(), date));
    }
  }

  private static TableRow row(Table table, Object... values) {
    if (values.length != table.width()) {
      throw new IllegalStateException(table + " has " + table.width() + " columns, row has " + values.length);
    }
    return new TableRow(table, RowFactory.create(values));
  }

  private static Row removal(Removal removal) {
    return RowFactory.create(removal.start(), removal.end(), removal.reason());
  }

  private static Row segment(Segment segment) {
    return RowFactory.create(segment.start(), segment.end());
  }

  private String kbJson(Map<String, Object> kb) {
    try {
      return json.mapper().writeValueAsString(kb);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize knowledge-base facts", e);
    }
  }

  private static String text(Object value) {
    return value instanceof String s ? s : null;
  }

  private static Long whole(Object value) {
    return value instanceof Number n ? n.longValue() : null;
  }

  private static Double real(Object value) {
    return value instanceof Number n ? n.doubleValue() : null;
  }

  /** The value as the table's decimal(38, 9); null when it has more than 29 digits before the point. */
  private static BigDecimal decimal(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal scaled = value.setScale(9, RoundingMode.HALF_EVEN);
    return scaled.precision() > 38 ? null : scaled;
  }

  /** The date of an ISO-8601 date or date-time, as {@link Article#publishedDate()} reads it; null otherwise. */
  static Date publishedDate(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return Date.valueOf(LocalDate.parse(published.substring(0, 10)));
    } catch (DateTimeParseException e) {
      try {
        return Date.valueOf(OffsetDateTime.parse(published).toLocalDate());
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }
}
