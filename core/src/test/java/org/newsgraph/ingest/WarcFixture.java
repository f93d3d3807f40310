package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes small web archives laid out as Common Crawl's: a warcinfo record, then a request and a response per page. */
final class WarcFixture {

  private final List<Entry> entries = new ArrayList<>();

  private record Entry(String url, int status, String contentType, byte[] body, Instant date) {}

  WarcFixture page(String url, String html) {
    return page(url, 200, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
  }

  WarcFixture page(String url, String contentType, String html, Charset charset) {
    return page(url, 200, contentType, html.getBytes(charset));
  }

  WarcFixture encodedPage(String url, String html, String contentType, Charset charset) {
    return page(url, 200, contentType, html.getBytes(charset));
  }

  WarcFixture page(String url, int status, String contentType, byte[] body) {
    entries.add(new Entry(url, status, contentType, body, Instant.parse("2024-03-05T10:15:30Z").plusSeconds(
        entries.size())));
    return this;
  }

  /** The archive's bytes; each record its own gzip member when {@code gzip}. */
  byte[] write(boolean gzip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out),
        gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      writer.write(new Warcinfo.Builder().recordId(id("warcinfo")).date(Instant.parse("2024-03-05T10:00:00Z"))
          .fields(java.util.Map.of("software", List.of("newsgraph tests"))).build());
      for (Entry entry : entries) {
        HttpRequest request = new HttpRequest.Builder("GET", entry.url).addHeader("User-Agent", "newsgraph-test")
            .build();
        writer.write(new WarcRequest.Builder(entry.url).recordId(id("request " + entry.url)).date(entry.date)
            .body(request).build());
        HttpResponse response = new HttpResponse.Builder(entry.status, entry.status == 200 ? "OK" : "Other")
            .body(MediaType.parse(entry.contentType), entry.body).build();
        writer.write(new WarcResponse.Builder(entry.url).recordId(id("response " + entry.url)).date(entry.date)
            .body(response).build());
      }
    }
    return out.toByteArray();
  }

  /** Record ids derived from what the record is, so that the same pages give the same archive bytes. */
  private static java.util.UUID id(String what) {
    return java.util.UUID.nameUUIDFromBytes(what.getBytes(StandardCharsets.UTF_8));
  }

  /** A short news page in HTML. */
  static String newsPage(String headline, String... paragraphs) {
    StringBuilder html = new StringBuilder("<!doctype html><html><head><title>").append(headline)
        .append("</title></head><body><article><h1>").append(headline).append("</h1>");
    for (String paragraph : paragraphs) {
      html.append("<p>").append(paragraph).append("</p>");
    }
    return html.append("</article></body></html>").toString();
  }
}
