package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcReadingTest {

  private static final String HARBOR = WarcFixture.newsPage("Harbor dredging to start in May",
      "The port authority said on Tuesday that dredging of the north channel will begin in May.",
      "Officials expect the work to take eleven weeks.");
  private static final String SCHOOLS = WarcFixture.newsPage("School board delays vote on budget",
      "The Riverton school board postponed its budget vote after parents filled the hall.");

  @TempDir
  Path dir;

  private final List<String> skipped = new ArrayList<>();
  private final DocumentReader reader = new DocumentReader((name, why) -> skipped.add(name + " " + why));

  private List<Ingested> readFile(String fileName, byte[] bytes) throws IOException {
    return reader.read(Files.write(dir.resolve(fileName), bytes), ReadOptions.defaults());
  }

  private static List<String> names(List<Ingested> items) {
    return items.stream().map(Ingested::name).map(name -> name.substring(name.lastIndexOf('#'))).toList();
  }

  @Test
  void eachHtmlResponseBecomesADocumentWithItsUrlAndFetchTime() throws IOException {
    byte[] warc = new WarcFixture().page("https://news.example.com/harbor", HARBOR).write(true);

    List<Ingested> items = readFile("crawl.warc.gz", warc);

    assertThat(items).hasSize(1);
    RawDocument raw = items.get(0).document().orElseThrow();
    assertThat(raw.format()).isEqualTo(InputFormat.HTML);
    assertThat(raw.content()).isEqualTo(HARBOR);
    assertThat(raw.metadata().url()).isEqualTo("https://news.example.com/harbor");
    assertThat(raw.metadata().fetched()).isEqualTo("2024-03-05T10:15:30Z");
    // Record 1 is the warcinfo, 2 the request, 3 the response.
    assertThat(raw.name()).endsWith("crawl.warc.gz#3");
  }

  @Test
  void recordsThatAreNotHtmlPagesAreSkippedAndCounted() throws IOException {
    byte[] warc = new WarcFixture()
        .page("https://news.example.com/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
        .page("https://news.example.com/old", 301, "text/html", "<p>moved</p>".getBytes(StandardCharsets.UTF_8))
        .page("https://news.example.com/schools", SCHOOLS)
        .write(true);

    List<Ingested> items = readFile("crawl.warc.gz", warc);

    assertThat(items).hasSize(1);
    assertThat(items.get(0).document().orElseThrow().metadata().url()).endsWith("/schools");
    assertThat(skipped).extracting(line -> line.substring(line.indexOf(' ') + 1))
        .containsExactly("warcinfo", "request", "image/png", "request", "HTTP 301", "request");
  }

  @Test
  void thePageIsDecodedWithTheCharsetTheHttpHeaderNames() throws IOException {
    String page = WarcFixture.newsPage("Café owners protest new rules", "Owners of cafés marched on city hall.");
    byte[] warc = new WarcFixture().page("https://news.example.com/cafe", "text/html; charset=windows-1252", page,
        Charset.forName("windows-1252")).write(false);

    List<Ingested> items = readFile("crawl.warc", warc);

    assertThat(items.get(0).document().orElseThrow().content()).contains("Café owners", "cafés");
  }

  @Test
  void aPageWhoseBytesRefuseTheDeclaredCharsetFallsBackToThePagesOwn() throws IOException {
    String page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Señor Ruiz spoke.</p></body></html>";
    byte[] warc = new WarcFixture().page("https://news.example.com/ruiz", "text/html; charset=UTF-8", page,
        Charset.forName("windows-1252")).write(true);

    List<Ingested> items = readFile("crawl.warc.gz", warc);

    assertThat(items.get(0).document().orElseThrow().content()).contains("Señor Ruiz");
  }

  @Test
  void aTruncatedGzipMemberBecomesAnErrorRecordAfterTheGoodRecords() throws IOException {
    byte[] warc = new WarcFixture().page("https://news.example.com/harbor", HARBOR)
        .page("https://news.example.com/schools", SCHOOLS).write(true);
    byte[] cut = Arrays.copyOf(warc, warc.length - 120);

    List<Ingested> items = readFile("cut.warc.gz", cut);

    assertThat(items).hasSize(2);
    assertThat(items.get(0).document()).isPresent();
    Ingested.Rejected broken = (Ingested.Rejected) items.get(1);
    assertThat(broken.code()).isEqualTo("UNREADABLE");
    assertThat(broken.error().error().message()).contains("broken WARC record");
  }

  @Test
  void aCorruptMemberInTheMiddleIsAnErrorRecordAndTheNextRecordsAreRead() throws IOException {
    byte[] first = new WarcFixture().page("https://news.example.com/harbor", HARBOR).write(true);
    byte[] second = new WarcFixture().page("https://news.example.com/schools", SCHOOLS).write(true);
    byte[] damaged = Arrays.copyOf(first, first.length - 60);

    List<Ingested> items = readFile("joined.warc.gz", concat(damaged, second));

    assertThat(items).extracting(item -> item.document().isPresent()).containsExactly(false, true);
    assertThat(items.get(1).document().orElseThrow().metadata().url()).endsWith("/schools");
  }

  @Test
  void aRecordWhoseDeclaredLengthIsTooShortIsAnErrorRecordAndReadingGoesOn() throws IOException {
    byte[] warc = concat(gzip(lyingRecord("https://news.example.com/liar", HARBOR, -40)),
        new WarcFixture().page("https://news.example.com/schools", SCHOOLS).write(true));

    List<Ingested> items = readFile("liar.warc.gz", warc);

    assertThat(items.get(0)).isInstanceOf(Ingested.Rejected.class);
    assertThat(items.get(0).name()).endsWith("#1");
    assertThat(items.get(1).document().orElseThrow().metadata().url()).endsWith("/schools");
  }

  @Test
  void aRecordWhoseDeclaredLengthIsTooLongIsAnErrorRecordAndReadingGoesOnInAPlainArchive() throws IOException {
    byte[] warc = concat(lyingRecord("https://news.example.com/liar", HARBOR, 300),
        new WarcFixture().page("https://news.example.com/schools", SCHOOLS).write(false));

    List<Ingested> items = readFile("liar.warc", warc);

    assertThat(items.get(0)).isInstanceOf(Ingested.Rejected.class);
    assertThat(items).filteredOn(item -> item.document().isPresent()).extracting(item ->
        item.document().orElseThrow().metadata().url()).containsExactly("https://news.example.com/schools");
  }

  @Test
  void aWarcStreamIsReadLikeAFile() throws IOException {
    byte[] warc = new WarcFixture().page("https://news.example.com/harbor", HARBOR)
        .page("https://news.example.com/schools", SCHOOLS).write(true);

    List<Ingested> items = reader.read(new ByteArrayInputStream(warc), "stdin", ReadOptions.defaults());

    assertThat(names(items)).containsExactly("#3", "#5");
  }

  @Test
  void aWarcFileIsKnownByItsContentWhateverItsName() throws IOException {
    byte[] warc = new WarcFixture().page("https://news.example.com/harbor", HARBOR).write(true);

    List<Ingested> items = readFile("download.bin", warc);

    assertThat(items).hasSize(1);
    assertThat(items.get(0).document().orElseThrow().metadata().url()).endsWith("/harbor");
  }

  @Test
  void aPageOverTheSizeLimitIsATooLargeRecordAndTheRestGoOn() throws IOException {
    byte[] warc = new WarcFixture().page("https://news.example.com/harbor", HARBOR)
        .page("https://news.example.com/schools", SCHOOLS).write(true);

    List<Ingested> items = reader.read(Files.write(dir.resolve("c.warc.gz"), warc),
        ReadOptions.defaults().withMaxBytes(SCHOOLS.length() + 10));

    assertThat(items).extracting(item -> item instanceof Ingested.Rejected r ? r.code() : "OK")
        .containsExactly("TOO_LARGE", "OK");
  }

  /** A response record whose Content-Length is off by {@code lie} bytes. */
  private static byte[] lyingRecord(String url, String html, int lie) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Length: " + body.length
        + "\r\n\r\n";
    byte[] block = concat(http.getBytes(StandardCharsets.US_ASCII), body);
    String header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + url + "\r\n"
        + "WARC-Date: 2024-03-05T09:00:00Z\r\nWARC-Record-ID: <urn:uuid:6f2a1c8e-2b7d-4a39-9a57-0c1d2e3f4a5b>\r\n"
        + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + (block.length + lie) + "\r\n\r\n";
    return concat(header.getBytes(StandardCharsets.US_ASCII), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
