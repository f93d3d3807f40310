package org.newsgraph.server.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Framing;
import org.newsgraph.server.CachedStore;
import org.newsgraph.store.query.Hit;
import org.newsgraph.store.query.QuoteHit;

/**
 * How the reporter framed each quote ("whined", "allegedly", "bogus"): the framing of the quote's article that
 * applies to it, which the store keeps inside the article's analysis.
 */
public final class QuoteFraming {

  private final CachedStore store;

  public QuoteFraming(CachedStore store) {
    this.store = store;
  }

  /** The framing that applies to the quote of {@code hit}, in the article's order. */
  public List<Framing> of(QuoteHit hit) throws IOException {
    if (hit.framing() != null) {
      return hit.framing();
    }
    Map<String, List<Framing>> byQuote = store.computed("quote-framing", hit.article(),
        () -> store.analysis(hit.article()).map(QuoteFraming::byQuote).orElse(Map.of()));
    return byQuote.getOrDefault(hit.id(), List.of());
  }

  /** The hit's columns, a quote's with {@code framing} last: each flag as {@code kind:words} (loaded_cue:whined). */
  public Map<String, Object> row(Hit hit) {
    if (!(hit instanceof QuoteHit quote)) {
      return hit.row();
    }
    try {
      Map<String, Object> row = new LinkedHashMap<>(hit.row());
      row.put("framing", of(quote).stream().map(f -> f.kind().json() + ":" + f.text()).toList());
      return row;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, List<Framing>> byQuote(Analysis analysis) {
    return analysis.framing().stream().filter(f -> f.appliesTo() != null)
        .collect(Collectors.groupingBy(Framing::appliesTo, Collectors.toUnmodifiableList()));
  }
}
