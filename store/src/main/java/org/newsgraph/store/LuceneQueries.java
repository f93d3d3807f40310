package org.newsgraph.store;

import java.time.LocalDate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.newsgraph.store.query.ArticleQuery;
import org.newsgraph.store.query.DateRange;
import org.newsgraph.store.query.EntityQuery;
import org.newsgraph.store.query.ErrorQuery;
import org.newsgraph.store.query.EventQuery;
import org.newsgraph.store.query.Kind;
import org.newsgraph.store.query.QuoteQuery;
import org.newsgraph.store.query.StoreQuery;

/** Translates the store's query records into Lucene queries; thread-safe. */
final class LuceneQueries {

  private final Analyzer analyzer = StoreAnalyzers.forQueries();

  Query of(StoreQuery<?> query) {
    Clauses clauses = new Clauses(query.kind());
    if (query instanceof ArticleQuery q) {
      clauses.must(parse(q.text(), Fields.TEXT, Fields.TITLE));
      clauses.must(parse(q.title(), Fields.TITLE));
      clauses.term(Fields.OUTLET, q.outlet());
      clauses.days(Fields.PUBLISHED, q.published());
      clauses.term(Fields.LANGUAGE, q.language());
      clauses.term(Fields.COUNTRY, q.country());
      clauses.term(Fields.ENTITY, q.entity());
    } else if (query instanceof QuoteQuery q) {
      clauses.must(parse(q.text(), Fields.TEXT));
      clauses.term(Fields.SPEAKER, q.speaker());
      clauses.term(Fields.ABOUT, q.about());
      clauses.term(Fields.CUE, q.cue());
      clauses.term(Fields.QUOTE_KIND, q.quoteKind());
      clauses.days(Fields.PUBLISHED, q.published());
      clauses.term(Fields.OUTLET, q.outlet());
    } else if (query instanceof EventQuery q) {
      clauses.must(parse(q.text(), Fields.EVIDENCE));
      clauses.term(Fields.TYPE, q.type());
      if (q.cameo() != null && q.cameo().endsWith("*")) {
        clauses.filter(new PrefixQuery(new Term(Fields.CAMEO, Keys.of(q.cameo().substring(0,
            q.cameo().length() - 1)))));
      } else {
        clauses.term(Fields.CAMEO, q.cameo());
      }
      clauses.term(Fields.ACTOR, q.actor());
      clauses.term(Fields.RECIPIENT, q.recipient());
      clauses.term(Fields.PLACE, q.place());
      clauses.term(Fields.COUNTRY, q.country());
      clauses.days(Fields.DATE, q.date());
      clauses.flag(Fields.NEGATED, q.negated());
      clauses.flag(Fields.HYPOTHETICAL, q.hypothetical());
      clauses.flag(Fields.FUTURE, q.future());
    } else if (query instanceof EntityQuery q) {
      clauses.must(parse(q.text(), Fields.NAME));
      if (q.prefix() != null && !q.prefix().isBlank()) {
        clauses.filter(new PrefixQuery(new Term(Fields.NAME_KEY, Keys.of(q.prefix()))));
      }
      clauses.term(Fields.ENTITY_TYPE, q.type());
      clauses.term(Fields.KB, q.kb());
    } else if (query instanceof ErrorQuery q) {
      clauses.must(parse(q.text(), Fields.MESSAGE));
      clauses.term(Fields.CODE, q.code());
    }
    return clauses.build();
  }

  /** The words an article query asks of the text and title alone, its filters left out; null when it has none. */
  Query words(ArticleQuery query) {
    return parse(query.text(), Fields.TEXT, Fields.TITLE);
  }

  /** Lucene syntax over {@code fields} (all words required unless OR is written), or null for blank text. */
  private Query parse(String text, String... fields) {
    if (text == null || text.isBlank()) {
      return null;
    }
    QueryParser parser = fields.length == 1 ? new QueryParser(fields[0], analyzer)
        : new MultiFieldQueryParser(fields, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException("cannot read the query '" + text + "': " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** A boolean query of one kind, built clause by clause; null values add nothing. */
  private static final class Clauses {
    private final BooleanQuery.Builder builder = new BooleanQuery.Builder();

    Clauses(Kind kind) {
      builder.add(new TermQuery(new Term(Fields.KIND, kind.label())), Occur.FILTER);
    }

    void must(Query query) {
      if (query != null) {
        builder.add(query, Occur.MUST);
      }
    }

    void filter(Query query) {
      builder.add(query, Occur.FILTER);
    }

    void term(String field, String value) {
      if (value != null && !value.isBlank()) {
        filter(new TermQuery(new Term(field, Keys.of(value))));
      }
    }

    void flag(String field, Boolean value) {
      if (value != null) {
        filter(new TermQuery(new Term(field, value.toString())));
      }
    }

    void days(String field, DateRange range) {
      if (range != null) {
        filter(TermRangeQuery.newStringRange(field, day(range.from()), day(range.to()), true, true));
      }
    }

    private static String day(LocalDate date) {
      return date == null ? null : date.toString();
    }

    Query build() {
      return builder.build();
    }
  }
}
