package org.newsgraph.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;

/**
 * The first hits of each segment, at most a fixed number, for counting facets where a few hits tell as much as all
 * (the names an entity's own records give it): collection stops in a segment once it has them.
 */
final class FirstHits implements CollectorManager<FirstHits.Collector, FacetsCollector> {

  private final int perSegment;

  FirstHits(int perSegment) {
    this.perSegment = perSegment;
  }

  @Override
  public Collector newCollector() {
    return new Collector(perSegment);
  }

  @Override
  public FacetsCollector reduce(Collection<Collector> collectors) {
    List<FacetsCollector.MatchingDocs> docs = new ArrayList<>();
    collectors.forEach(collector -> docs.addAll(collector.getMatchingDocs()));
    return new FacetsCollector() {
      @Override
      public List<MatchingDocs> getMatchingDocs() {
        return docs;
      }
    };
  }

  /** Collects a segment's hits until it has {@code perSegment} of them. */
  static final class Collector extends FacetsCollector {
    private final int perSegment;
    private int inSegment;

    Collector(int perSegment) {
      this.perSegment = perSegment;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      super.doSetNextReader(context);
      inSegment = 0;
    }

    @Override
    public void collect(int doc) throws IOException {
      if (inSegment == perSegment) {
        throw new CollectionTerminatedException();
      }
      inSegment++;
      super.collect(doc);
    }
  }
}
