package org.newsgraph.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.server.ApiException;
import org.newsgraph.server.CachedStore;
import org.newsgraph.store.format.HitFormat;
import org.newsgraph.store.format.HitWriter;
import org.newsgraph.store.query.Facet;
import org.newsgraph.store.query.Hit;
import org.newsgraph.store.query.Hits;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.StoreQuery;

/**
 * Answers a list in the format asked for, with the store's own writers (the CLI's): one JSON page with its cursor,
 * or, as a download, every hit as JSON Lines or CSV, page after page, up to {@link #MAX_DOWNLOAD} rows
 * (use the cursor of a JSON page, {@code after}, to go on past them).
 */
public final class HitsAnswer {

  /** The most rows one download holds. */
  public static final int MAX_DOWNLOAD = 100_000;
  private static final int DOWNLOAD_PAGE = 1_000;

  private HitsAnswer() {}

  public static void answer(Context ctx, CachedStore store, StoreQuery<?> query, String filename)
      throws IOException {
    answer(ctx, store, query, filename, Hit::row);
  }

  /** The same, each hit's columns as {@code rows} gives them. */
  public static void answer(Context ctx, CachedStore store, StoreQuery<?> query, String filename,
      Function<Hit, Map<String, Object>> rows) throws IOException {
    HitFormat format = format(ctx.queryParam("format"));
    Page page = SearchParams.page(ctx);
    Set<Facet> facets = SearchParams.facets(ctx);
    if (format == HitFormat.JSON) {
      StringWriter body = new StringWriter();
      HitWriter.of(format).write(store.search(query, page, facets), rows, new PrintWriter(body));
      ctx.contentType("application/json").result(body.toString());
      return;
    }
    boolean csv = format == HitFormat.CSV;
    ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + filename + (csv ? ".csv" : ".jsonl") + "\"");
    HitWriter writer = HitWriter.of(format);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    Page next = new Page(DOWNLOAD_PAGE, page.sort(), page.after());
    long written = 0;
    boolean first = true;
    while (written < MAX_DOWNLOAD) {
      // A download's pages are read once: they go past the cache, which they would fill with rows.
      Hits<?> hits = store.reader().search(query, next, Set.of());
      StringWriter chunk = new StringWriter();
      writer.write(hits, rows, new PrintWriter(chunk));
      String text = chunk.toString();
      // Each page comes with its own CSV header; the download keeps the first.
      if (!text.isEmpty()) {
        out.print(csv && !first ? text.substring(text.indexOf("\r\n") + 2) : text);
      }
      written += hits.hits().size();
      first = false;
      if (hits.next() == null || hits.hits().isEmpty()) {
        break;
      }
      next = next.next(hits);
    }
    out.flush();
  }

  static HitFormat format(String named) {
    if (named == null || named.isBlank()) {
      return HitFormat.JSON;
    }
    try {
      HitFormat format = HitFormat.valueOf(named.strip().toUpperCase(Locale.ROOT));
      if (format != HitFormat.TABLE) {
        return format;
      }
    } catch (IllegalArgumentException e) {
      // answered below
    }
    throw ApiException.badRequest("format must be json, jsonl or csv, was '" + named + "'");
  }
}
