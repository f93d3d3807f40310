package org.newsgraph.server.api;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.server.ApiException;
import org.newsgraph.server.openapi.ApiParam;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.DateRange;
import org.newsgraph.store.query.EntityQuery;
import org.newsgraph.store.query.EventQuery;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.Interval;
import org.newsgraph.store.query.Kind;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.QuoteQuery;
import org.newsgraph.store.query.SortOrder;
import org.newsgraph.store.query.StoreQuery;

/**
 * The URL parameters of every list, API and page alike, turned into the store's query records; the same names are
 * the CLI's {@code search} options. The parameter lists here are also what the OpenAPI document says.
 */
public final class SearchParams {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 500;

  private SearchParams() {}

  /** The store query of {@code kind} that the request's parameters ask for. */
  public static StoreQuery<?> query(Kind kind, Context ctx) {
    return query(kind, ctx::queryParam);
  }

  /** The store query of {@code kind} that the named parameters ask for; {@code params} gives null when absent. */
  public static StoreQuery<?> query(Kind kind, Function<String, String> params) {
    try {
      DateRange days = DateRange.parse(params.apply("from"), params.apply("to"));
      return switch (kind) {
        case ARTICLE -> new ArticleQuery(p(params, "q"), p(params, "title"), p(params, "outlet"), days,
            p(params, "language"), p(params, "country"), p(params, "entity"));
        case QUOTE -> new QuoteQuery(p(params, "q"), p(params, "speaker"), p(params, "about"), p(params, "cue"),
            p(params, "kind"), days, p(params, "outlet"));
        case EVENT -> new EventQuery(p(params, "q"), p(params, "type"), p(params, "cameo"), p(params, "actor"),
            p(params, "recipient"), p(params, "place"), p(params, "country"), days, bool(params, "negated"),
            bool(params, "hypothetical"), bool(params, "future"));
        case ENTITY -> new EntityQuery(p(params, "q"), p(params, "prefix"), p(params, "type"), p(params, "kb"));
        case ERROR -> new org.newsgraph.store.query.ErrorQuery(p(params, "q"), p(params, "code"));
      };
    } catch (DateTimeException e) {
      throw ApiException.badRequest("from and to must be ISO dates (2024-05-14): " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  /** The page the request asks for: {@code limit}, {@code sort}, {@code after}. */
  public static Page page(Context ctx) {
    int limit = DEFAULT_LIMIT;
    String asked = ctx.queryParam("limit");
    if (asked != null && !asked.isBlank()) {
      try {
        limit = Integer.parseInt(asked.strip());
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("limit must be a number, was '" + asked + "'");
      }
      if (limit < 0 || limit > MAX_LIMIT) {
        throw ApiException.badRequest("limit must be between 0 and " + MAX_LIMIT + ", was " + limit);
      }
    }
    String sort = ctx.queryParam("sort");
    SortOrder order;
    try {
      order = sort == null || sort.isBlank() ? SortOrder.RELEVANCE
          : SortOrder.valueOf(sort.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("sort must be relevance or date, was '" + sort + "'");
    }
    return new Page(limit, order, p(ctx, "after"));
  }

  /** The facets named in {@code facets=outlet,entity}. */
  public static Set<Facet> facets(Context ctx) {
    Set<Facet> wanted = EnumSet.noneOf(Facet.class);
    String named = ctx.queryParam("facets");
    if (named != null && !named.isBlank()) {
      try {
        for (String name : named.split(",")) {
          wanted.add(Facet.of(name));
        }
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest(e.getMessage());
      }
    }
    return wanted;
  }

  /** The timeline interval named in {@code interval=}, by default {@code fallback}. */
  public static Interval interval(Context ctx, Interval fallback) {
    String named = ctx.queryParam("interval");
    if (named == null || named.isBlank()) {
      return fallback;
    }
    try {
      return Interval.valueOf(named.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("interval must be day, week or month, was '" + named + "'");
    }
  }

  /** The documented parameters of a list of {@code kind}. */
  public static List<ApiParam> documented(Kind kind) {
    List<ApiParam> params = new ArrayList<>();
    params.add(ApiParam.query("q", "string", "Lucene query syntax over the words (phrases in quotes, AND/OR/NOT)"));
    switch (kind) {
      case ARTICLE -> {
        params.add(ApiParam.query("title", "string", "Words of the title"));
        params.add(ApiParam.query("outlet", "string", "The outlet"));
        params.add(ApiParam.query("language", "string", "The language (en)"));
        params.add(ApiParam.query("country", "string", "A focus country, ISO 3166 alpha-3 (RUS)"));
        params.add(ApiParam.query("entity", "string", "An entity mentioned: knowledge-base id or canonical name"));
      }
      case QUOTE -> {
        params.add(ApiParam.query("speaker", "string", "The speaker: knowledge-base id, name or the words used"));
        params.add(ApiParam.query("about", "string", "An entity the quote's content mentions"));
        params.add(ApiParam.query("cue", "string", "The cue (said, according to)"));
        params.add(ApiParam.query("kind", "string", "direct, partial, indirect or mixed"));
        params.add(ApiParam.query("outlet", "string", "The outlet"));
      }
      case EVENT -> {
        params.add(ApiParam.query("type", "string", "The PLOVER event type (ASSAULT)"));
        params.add(ApiParam.query("cameo", "string", "The CAMEO code; 19* for a code and its children"));
        params.add(ApiParam.query("actor", "string", "The actor: entity, actor code (RUSMIL) or country (RUS)"));
        params.add(ApiParam.query("recipient", "string", "The recipient, as the actor"));
        params.add(ApiParam.query("place", "string", "The place: entity id or name"));
        params.add(ApiParam.query("country", "string", "A country taking part: place, actor or recipient"));
        params.add(ApiParam.query("negated", "boolean", "Negated events or not"));
        params.add(ApiParam.query("hypothetical", "boolean", "Hypothetical events or not"));
        params.add(ApiParam.query("future", "boolean", "Events in the future or not"));
      }
      case ENTITY -> {
        params.add(ApiParam.query("prefix", "string", "The canonical name begins with this"));
        params.add(ApiParam.query("type", "string", "PERSON, ORGANIZATION, COUNTRY, ..."));
        params.add(ApiParam.query("kb", "string", "The knowledge-base id (RUS, phoenix:vladimir_putin)"));
      }
      case ERROR -> params.add(ApiParam.query("code", "string", "The error code (TIMEOUT)"));
      default -> { }
    }
    if (kind != Kind.ENTITY && kind != Kind.ERROR) {
      params.add(ApiParam.query("from", "string", "First day, ISO-8601 (publication or event date)"));
      params.add(ApiParam.query("to", "string", "Last day, included"));
    }
    params.add(ApiParam.query("limit", "integer", "Hits per page, 0-" + MAX_LIMIT + " (default " + DEFAULT_LIMIT
        + ")").example("5"));
    params.add(ApiParam.query("sort", "string", "relevance or date (newest first); ties in a stable order"));
    params.add(ApiParam.query("after", "string", "The cursor of the next page: the 'next' of the last answer"));
    params.add(ApiParam.query("facets", "string",
        "Counts over all hits: day, week, month, outlet, entity, speaker, event_type, country (comma-separated)"));
    params.add(ApiParam.query("format", "string", "json (default), jsonl or csv"));
    return params;
  }

  private static String p(Context ctx, String name) {
    return p(ctx::queryParam, name);
  }

  private static String p(Function<String, String> params, String name) {
    String value = params.apply(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Boolean bool(Function<String, String> params, String name) {
    String value = p(params, name);
    return value == null ? null : Boolean.valueOf(value);
  }
}
