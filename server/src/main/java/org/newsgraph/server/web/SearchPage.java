package org.newsgraph.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.server.CachedStore;
import org.newsgraph.server.api.SearchParams;
import org.newsgraph.store.query.ArticleHit;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Hits;
import org.newsgraph.store.query.Kind;
import org.newsgraph.store.query.Passage;

/** {@code /search}: articles by words and filters, with facet counts, a timeline and snippets. */
public final class SearchPage {

  private final Pages pages;
  private final CachedStore store;

  public SearchPage(Pages pages, CachedStore store) {
    this.pages = pages;
    this.store = store;
  }

  /** One result: the article, a link to it and a passage with the searched words marked. */
  public record Result(ArticleHit hit, String link, List<Snippet.Piece> snippet) {}

  public void show(Context ctx) throws IOException {
    ArticleQuery query = (ArticleQuery) SearchParams.query(Kind.ARTICLE, ctx);
    Map<String, List<String>> current = ctx.queryParamMap();
    // The facet lists and the timeline's counts in one pass over the hits.
    Set<Facet> facetsWanted = EnumSet.of(Facet.OUTLET, Facet.ENTITY, Facet.COUNTRY);
    facetsWanted.addAll(Charts.FACETS);
    Hits<ArticleHit> hits = store.search(query, SearchParams.page(ctx), facetsWanted);
    List<Result> results = new ArrayList<>();
    for (ArticleHit hit : hits.hits()) {
      List<Snippet.Piece> snippet = List.of();
      // The text alone: a snippet needs none of the analysis's facts, which are most of it.
      Optional<String> stored = store.reader().articleText(hit.id());
      if (stored.isPresent()) {
        String text = stored.get();
        List<Passage> passages = store.reader().passages(query, text, 1);
        snippet = passages.isEmpty() ? List.of() : Snippet.of(text, passages.get(0));
      }
      results.add(new Result(hit, Links.article(hit.id()), snippet));
    }
    List<FacetGroup> facets = List.of(
        FacetGroup.of("Outlets", "outlet", counts(hits, Facet.OUTLET), "/search", current),
        FacetGroup.of("Entities", "entity", counts(hits, Facet.ENTITY), "/search", current),
        FacetGroup.of("Focus countries", "country", counts(hits, Facet.COUNTRY), "/search", current));
    Map<String, Object> params = new HashMap<>();
    params.put("form", Form.of(ctx));
    params.put("total", hits.total());
    params.put("totalExact", hits.totalExact());
    params.put("results", results);
    params.put("facets", facets);
    params.put("timeline", Charts.timeline(hits.facets(), "/search", current));
    params.put("next", hits.next() == null ? null : Links.replacing("/search", current, "after", hits.next()));
    params.put("csv", Links.replacing("/api/articles", current, "format", "csv"));
    params.put("jsonl", Links.replacing("/api/articles", current, "format", "jsonl"));
    ctx.html(pages.render("search", params));
  }

  static List<FacetCount> counts(Hits<?> hits, Facet facet) {
    return hits.facets().getOrDefault(facet, List.of());
  }
}
