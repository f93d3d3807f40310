package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** The analyzers of the store: words for text fields, whole lower-cased values for the rest. */
final class StoreAnalyzers {

  private StoreAnalyzers() {}

  /** What text fields are indexed with. */
  static Analyzer forText() {
    return new StandardAnalyzer();
  }

  /**
   * What query text is parsed with: a keyword field's value stays one term (lower-cased, as indexed), so
   * {@code outlet:"Example Wire"} matches the outlet.
   */
  static Analyzer forQueries() {
    Analyzer keyword;
    try {
      keyword = CustomAnalyzer.builder().withTokenizer("keyword").addTokenFilter("lowercase").build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Analyzer> perField = new HashMap<>();
    for (String field : Fields.TEXT_FIELDS) {
      perField.put(field, forText());
    }
    return new PerFieldAnalyzerWrapper(keyword, perField);
  }
}
