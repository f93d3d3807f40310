package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.FacetCount;
import org.newsgraph.store.query.Kind;

/** Computes a store's {@link StoreStats} from counts, doc values and facets, never from stored fields in bulk. */
final class StatsReader {

  private StatsReader() {}

  static StoreStats of(IndexSearcher searcher, FacetCounter facets, Path folder) throws IOException {
    Query articles = kind(Kind.ARTICLE);
    List<FacetCount> outlets = facets.all(searcher, articles, Facet.OUTLET.label());
    List<FacetCount> entities = facets.all(searcher, articles, Facet.ENTITY.label());
    Map<String, Long> engines = new TreeMap<>();
    facets.all(searcher, articles, AnalysisDocuments.ENGINE_DIM).forEach(c -> engines.put(c.value(), c.count()));
    return new StoreStats(searcher.count(articles), searcher.count(kind(Kind.ERROR)),
        searcher.count(kind(Kind.ENTITY)), entities.size(), searcher.count(kind(Kind.QUOTE)),
        searcher.count(kind(Kind.EVENT)), sum(searcher, Fields.TIMES), sum(searcher, Fields.FIGURES),
        outlets.size(), published(searcher, articles, false), published(searcher, articles, true), engines,
        size(folder));
  }

  private static Query kind(Kind kind) {
    return new TermQuery(new Term(Fields.KIND, kind.label()));
  }

  /** The sum of a count field over live documents. */
  private static long sum(IndexSearcher searcher, String field) throws IOException {
    long sum = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        if (live == null || live.get(doc)) {
          sum += values.longValue();
        }
      }
    }
    return sum;
  }

  /** The publication date of the earliest or the latest dated article. */
  private static String published(IndexSearcher searcher, Query articles, boolean latest) throws IOException {
    SortField date = new SortField(Fields.SORT_DATE, SortField.Type.LONG, latest);
    date.setMissingValue(latest ? Long.MIN_VALUE : Long.MAX_VALUE);
    TopDocs top = searcher.search(articles, 1, new Sort(date));
    if (top.scoreDocs.length == 0) {
      return null;
    }
    ScoreDoc doc = top.scoreDocs[0];
    return searcher.storedFields().document(doc.doc, java.util.Set.of(Fields.PUBLISHED_AS_GIVEN))
        .get(Fields.PUBLISHED_AS_GIVEN);
  }

  private static long size(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          return 0; // a file merged away while walking
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
