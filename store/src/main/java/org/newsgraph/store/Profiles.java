package org.newsgraph.store;

import java.io.IOException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.newsgraph.store.query.ArticleHit;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.Distinct;
import org.newsgraph.store.query.EntityProfile;
import org.newsgraph.store.query.EventHit;
import org.newsgraph.store.query.EventQuery;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Hits;
import org.newsgraph.store.query.Interval;
import org.newsgraph.store.query.Kind;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.QuoteHit;
import org.newsgraph.store.query.QuoteQuery;
import org.newsgraph.store.query.SortOrder;

/** Builds an entity's profile out of the store's ordinary queries and facets. */
final class Profiles {

  /** An entity's own names are read from at most this many of its records in each segment. */
  private static final int OWN_RECORDS_PER_SEGMENT = 200;

  private final StoreReader reader;

  Profiles(StoreReader reader) {
    this.reader = reader;
  }

  EntityProfile of(String entity, Interval interval, int top) throws IOException {
    // One pass over the articles mentioning it gives their number and all three counts.
    ArticleQuery mentioning = new ArticleQuery(null, null, null, null, null, null, entity);
    Hits<ArticleHit> articles = reader.search(mentioning, Page.first(0, SortOrder.DATE),
        EnumSet.of(interval.facet(), Facet.OUTLET, Facet.ENTITY), top + 2, Distinct.COPIES);
    Map<Facet, List<FacetCount>> articleFacets = articles.facets();
    Set<String> own = ownLabels(entity);
    List<FacetCount> cooccurring = articleFacets.get(Facet.ENTITY).stream()
        .filter(count -> !own.contains(count.value())).limit(top).toList();
    // The newest quotes need no count of them all: past a thousand the total is a lower bound.
    Page newest = Page.first(top, SortOrder.DATE);
    Hits<QuoteHit> by = reader.search(QuoteQuery.bySpeaker(entity), newest, Set.of());
    Hits<QuoteHit> about = reader.search(QuoteQuery.about(entity), newest, Set.of());
    Hits<EventHit> asActor = reader.search(EventQuery.byActor(entity), newest, Set.of(Facet.EVENT_TYPE));
    Hits<EventHit> asRecipient = reader.search(EventQuery.byRecipient(entity), newest, Set.of(Facet.EVENT_TYPE));
    return new EntityProfile(entity, articles.total(), interval, articleFacets.get(interval.facet()), by,
        about, cooccurring, asActor, asRecipient, articleFacets.get(Facet.OUTLET).stream().limit(top).toList());
  }

  /**
   * The names the entity itself is counted under, so that it is not listed beside itself. They are read from the
   * first of its records in each segment, not all (the records of a broad entity are tens of thousands, and counting
   * them all took a quarter of a profile): a name those miss names too few of its records to be listed beside it.
   */
  private Set<String> ownLabels(String entity) throws IOException {
    Query itself = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.KIND, Kind.ENTITY.label())), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.ENTITY, Keys.of(entity))), Occur.FILTER).build();
    IndexSearcher searcher = reader.acquire();
    try {
      Set<String> labels = new HashSet<>();
      FacetsCollector first = searcher.search(itself, new FirstHits(OWN_RECORDS_PER_SEGMENT));
      reader.facetCounter().count(searcher, first, Set.of(Facet.ENTITY), 5).get(Facet.ENTITY)
          .forEach(count -> labels.add(count.value()));
      return labels;
    } finally {
      reader.release(searcher);
    }
  }
}
