package org.newsgraph.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Framing;
import org.newsgraph.server.CachedStore;
import org.newsgraph.server.api.QuoteFraming;
import org.newsgraph.server.api.SearchParams;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.Hits;
import org.newsgraph.store.query.Kind;
import org.newsgraph.store.query.QuoteHit;
import org.newsgraph.store.query.StoreQuery;

/** {@code /quotes}: who said what, by speaker and words, with the cue and the reporter's framing of each quote. */
public final class QuotesPage {

  private final Pages pages;
  private final CachedStore store;
  private final QuoteFraming framing;

  public QuotesPage(Pages pages, CachedStore store, QuoteFraming framing) {
    this.pages = pages;
    this.store = store;
    this.framing = framing;
  }

  /** A quote, where its words are, its article's title, and how the reporter framed it. */
  public record Row(QuoteHit hit, String link, String speakerLink, String title, List<String> framing) {}

  public void show(Context ctx) throws IOException {
    @SuppressWarnings("unchecked")
    StoreQuery<QuoteHit> query = (StoreQuery<QuoteHit>) SearchParams.query(Kind.QUOTE, ctx);
    Map<String, List<String>> current = ctx.queryParamMap();
    Hits<QuoteHit> hits = store.search(query, SearchParams.page(ctx), EnumSet.of(Facet.SPEAKER, Facet.OUTLET,
        Facet.ENTITY));
    StoredAnalyses analyses = new StoredAnalyses(store);
    List<Row> rows = new ArrayList<>();
    for (QuoteHit hit : hits.hits()) {
      List<String> framed = framing.of(hit).stream().map(QuotesPage::label).toList();
      // Stores written before quotes kept their title and place are read from the article's analysis.
      Optional<Analysis> analysis = hit.index() >= 0 ? Optional.empty() : analyses.of(hit.article());
      String title = hit.index() >= 0 ? hit.title() : analysis.map(a -> a.article().title()).orElse(null);
      int index = hit.index() >= 0 ? hit.index() : analysis.map(a -> indexOf(a, hit.id())).orElse(-1);
      String link = Links.article(hit.article()) + (index < 0 ? "" : "#q-" + index);
      String speaker = hit.speakerId() != null ? hit.speakerId() : hit.speaker();
      rows.add(new Row(hit, link, Links.entity(speaker), title, framed));
    }
    Map<String, Object> params = new HashMap<>();
    params.put("form", Form.of(ctx));
    params.put("total", hits.total());
    params.put("totalExact", hits.totalExact());
    params.put("rows", rows);
    params.put("facets", List.of(
        FacetGroup.of("Speakers", "speaker", SearchPage.counts(hits, Facet.SPEAKER), "/quotes", current),
        FacetGroup.of("About", "about", SearchPage.counts(hits, Facet.ENTITY), "/quotes", current),
        FacetGroup.of("Outlets", "outlet", SearchPage.counts(hits, Facet.OUTLET), "/quotes", current)));
    params.put("next", hits.next() == null ? null : Links.replacing("/quotes", current, "after", hits.next()));
    params.put("csv", Links.replacing("/api/quotes", current, "format", "csv"));
    params.put("jsonl", Links.replacing("/api/quotes", current, "format", "jsonl"));
    ctx.html(pages.render("quotes", params));
  }

  private static int indexOf(Analysis analysis, String quoteId) {
    for (int i = 0; i < analysis.quotes().size(); i++) {
      if (analysis.quotes().get(i).id().equals(quoteId)) {
        return i;
      }
    }
    return -1;
  }

  private static String label(Framing framing) {
    return framing.kind().toString().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + framing.text();
  }
}
