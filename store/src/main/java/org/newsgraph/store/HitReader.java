package org.newsgraph.store;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import com.fasterxml.jackson.databind.ObjectReader;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.newsgraph.model.AnalysisJson;
import org.newsgraph.model.Framing;
import org.newsgraph.store.query.ArticleHit;
import org.newsgraph.store.query.EntityHit;
import org.newsgraph.store.query.ErrorHit;
import org.newsgraph.store.query.EventHit;
import org.newsgraph.store.query.Hit;
import org.newsgraph.store.query.Kind;
import org.newsgraph.store.query.QuoteHit;

/** Reads hits back from stored fields; an article's hit leaves its (large) analysis unread. */
final class HitReader {

  private static final Set<String> ARTICLE_FIELDS = Set.of(Fields.ARTICLE, Fields.INPUT, Fields.URL, Fields.TITLE,
      Fields.OUTLET, Fields.PUBLISHED_AS_GIVEN, Fields.LANGUAGE, Fields.COUNTRY, Fields.ENGINE, Fields.CLUSTER_ORIGIN);

  /** Jackson's readers are immutable and thread-safe: one serves every search. */
  private static final ObjectReader FRAMING =
      new AnalysisJson().mapper().readerForListOf(Framing.class);

  private HitReader() {}

  /** The hit of document {@code doc}; an article's cluster is looked up in {@code clusters}. */
  static Hit read(Kind kind, IndexSearcher searcher, StoredFields stored, int doc, ClusterMap clusters)
      throws IOException {
    if (kind == Kind.ARTICLE) {
      Document d = stored.document(doc, ARTICLE_FIELDS);
      String id = d.get(Fields.ARTICLE);
      ClusterRecord cluster = clusters.of(searcher, id, d.get(Fields.CLUSTER_ORIGIN));
      return new ArticleHit(id, d.get(Fields.INPUT), d.get(Fields.URL), d.get(Fields.TITLE),
          d.get(Fields.OUTLET), d.get(Fields.PUBLISHED_AS_GIVEN), d.get(Fields.LANGUAGE),
          Arrays.asList(d.getValues(Fields.COUNTRY)), d.get(Fields.ENGINE), cluster.earliest(),
          cluster.earliest().equals(id), cluster.copies());
    }
    Document d = stored.document(doc);
    return switch (kind) {
      case QUOTE -> new QuoteHit(d.get(Fields.ARTICLE), d.get(Fields.ID), d.get(Fields.SPEAKER), d.get(Fields.KB),
          d.get(Fields.CUE), d.get(Fields.QUOTE_KIND), d.get(Fields.TEXT), integer(d, Fields.START),
          integer(d, Fields.END), d.get(Fields.OUTLET), d.get(Fields.PUBLISHED_AS_GIVEN), d.get(Fields.QUOTE_TITLE),
          integer(d, Fields.QUOTE_INDEX), framing(d.get(Fields.QUOTE_FRAMING)));
      case EVENT -> new EventHit(d.get(Fields.ARTICLE), d.get(Fields.ID), d.get(Fields.TYPE), d.get(Fields.CAMEO),
          d.get(Fields.ACTOR), d.get(Fields.ACTOR + "_code"), d.get(Fields.RECIPIENT),
          d.get(Fields.RECIPIENT + "_code"), d.get(Fields.DATE_AS_GIVEN), d.get(Fields.PLACE),
          Boolean.parseBoolean(d.get(Fields.NEGATED)), Boolean.parseBoolean(d.get(Fields.HYPOTHETICAL)),
          Boolean.parseBoolean(d.get(Fields.FUTURE)), d.get(Fields.EVIDENCE), integer(d, Fields.START),
          integer(d, Fields.END), d.get(Fields.OUTLET), d.get(Fields.PUBLISHED_AS_GIVEN));
      case ENTITY -> new EntityHit(d.get(Fields.ARTICLE), d.get(Fields.ID), d.get(Fields.NAME),
          d.get(Fields.ENTITY_TYPE), d.get(Fields.KB), integer(d, Fields.MENTIONS), integer(d, Fields.START),
          integer(d, Fields.END), d.get(Fields.OUTLET), d.get(Fields.PUBLISHED_AS_GIVEN));
      case ERROR -> new ErrorHit(d.get(Fields.INPUT), d.get(Fields.CODE), d.get(Fields.MESSAGE));
      case ARTICLE -> throw new IllegalStateException("read above");
    };
  }

  private static List<Framing> framing(String json) throws IOException {
    return json == null ? null : FRAMING.readValue(json);
  }

  private static int integer(Document d, String field) {
    IndexableField value = d.getField(field);
    return value == null || value.numericValue() == null ? -1 : value.numericValue().intValue();
  }
}
