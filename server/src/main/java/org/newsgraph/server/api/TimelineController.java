package org.newsgraph.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.server.ApiException;
import org.newsgraph.server.CachedStore;
import org.newsgraph.server.openapi.ApiParam;
import org.newsgraph.server.openapi.ApiRoute;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Interval;
import org.newsgraph.store.query.Kind;
import org.newsgraph.store.query.StoreQuery;

/** {@code GET /api/timeline}: how many hits of any query fall in each day, week or month. */
public final class TimelineController {

  /** The most buckets one timeline lists (about 27 years of days). */
  public static final int MAX_BUCKETS = 10_000;

  private final CachedStore store;

  public TimelineController(CachedStore store) {
    this.store = store;
  }

  public ApiRoute route() {
    List<ApiParam> params = new ArrayList<>();
    params.add(ApiParam.query("kind", "string", "article (default), quote, event or entity").example("article"));
    params.add(ApiParam.query("interval", "string", "day, week or month (default)").example("month"));
    SearchParams.documented(Kind.EVENT).stream().filter(p -> !Set.of("limit", "sort", "after", "facets", "format")
        .contains(p.name())).forEach(params::add);
    params.add(ApiParam.query("quote_kind", "string", "For quotes: direct, partial, indirect or mixed"));
    return ApiRoute.get("/api/timeline", "timeline", "timeline",
        "Counts per day, week or month of the hits of a query (any list's parameters), oldest first",
        Map.class, this::get, params.toArray(ApiParam[]::new));
  }

  void get(Context ctx) throws IOException {
    Kind kind = kind(ctx.queryParam("kind"));
    Interval interval = SearchParams.interval(ctx, Interval.MONTH);
    // "kind" names the kind of record here; a quote list's own "kind" (direct, partial, ...) is "quote_kind".
    StoreQuery<?> query = SearchParams.query(kind, name -> ctx.queryParam(name.equals("kind") ? "quote_kind" : name));
    List<FacetCount> counts = counts(store, query, interval);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", kind.label());
    body.put("interval", interval.name().toLowerCase(java.util.Locale.ROOT));
    body.put("counts", counts);
    ctx.json(body);
  }

  /** The buckets of {@code query}, oldest first. */
  public static List<FacetCount> counts(CachedStore store, StoreQuery<?> query, Interval interval)
      throws IOException {
    List<FacetCount> counts = new ArrayList<>(store.facets(query, Set.of(interval.facet()), MAX_BUCKETS)
        .getOrDefault(interval.facet(), List.of()));
    counts.sort(java.util.Comparator.comparing(FacetCount::value));
    return counts;
  }

  private static Kind kind(String named) {
    if (named == null || named.isBlank()) {
      return Kind.ARTICLE;
    }
    try {
      Kind kind = Kind.of(named);
      if (kind != Kind.ERROR) {
        return kind;
      }
    } catch (IllegalArgumentException e) {
      // answered below
    }
    throw ApiException.badRequest("kind must be article, quote, event or entity, was '" + named + "'");
  }
}
