package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

  private static final String STORY = "The city council approved the new budget on Tuesday after a long debate.\n";

  private final DocumentReader reader = new DocumentReader();

  private List<Ingested> read(byte[] bytes, String name, ReadOptions options) {
    return reader.read(new ByteArrayInputStream(bytes), name, options);
  }

  private List<Ingested> read(String content, String name) {
    return read(content.getBytes(StandardCharsets.UTF_8), name, ReadOptions.defaults());
  }

  private static RawDocument only(List<Ingested> items) {
    assertThat(items).hasSize(1);
    assertThat(items.get(0)).isInstanceOf(Ingested.Accepted.class);
    return items.get(0).document().orElseThrow();
  }

  private static Ingested.Rejected rejected(List<Ingested> items) {
    assertThat(items).hasSize(1);
    assertThat(items.get(0)).isInstanceOf(Ingested.Rejected.class);
    return (Ingested.Rejected) items.get(0);
  }

  @Test
  void readsPlainTextAsOneDocument() {
    RawDocument raw = only(read(STORY, "story.txt"));
    assertThat(raw.format()).isEqualTo(InputFormat.TEXT);
    assertThat(raw.content()).isEqualTo(STORY);
    assertThat(raw.name()).isEqualTo("story.txt");
  }

  @Test
  void rejectsEmptyInput() {
    assertThat(rejected(read("", "empty.txt")).code()).isEqualTo("EMPTY_INPUT");
  }

  @Test
  void rejectsWhitespaceOnlyInput() {
    Ingested.Rejected error = rejected(read(" \n\t\u00a0\n", "blank.txt"));
    assertThat(error.code()).isEqualTo("EMPTY_INPUT");
    assertThat(error.name()).isEqualTo("blank.txt");
  }

  @Test
  void rejectsBinaryInputWithNulBytes() {
    byte[] bytes = {'P', 'K', 3, 4, 0, 0, 8, 0, 'x', 'y'};
    assertThat(rejected(read(bytes, "archive.txt", ReadOptions.defaults())).code()).isEqualTo("BINARY_INPUT");
  }

  @Test
  void rejectsBinaryInputWithManyControlBytes() {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    assertThat(rejected(read(bytes, "blob", ReadOptions.defaults())).code()).isEqualTo("BINARY_INPUT");
  }

  @Test
  void rejectsInvalidUtf8WithOffsetAndHint() {
    byte[] bytes = "The minister\u2019s ".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[bytes.length + 8];
    System.arraycopy(bytes, 0, bad, 0, bytes.length);
    bad[bytes.length] = (byte) 0x93; // a windows-1252 left double quote
    System.arraycopy("speech".getBytes(StandardCharsets.US_ASCII), 0, bad, bytes.length + 1, 6);
    bad[bytes.length + 7] = '.';
    Ingested.Rejected error = rejected(read(bad, "speech.txt", ReadOptions.defaults()));
    assertThat(error.code()).isEqualTo("BAD_ENCODING");
    assertThat(error.error().error().message()).contains("byte " + bytes.length).contains("--charset");
  }

  @Test
  void decodesWindows1252HtmlThatDeclaresItsCharset() {
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
        + "<title>Vote</title></head><body><p>\u201cWe won\u2019t wait,\u201d the mayor said \u2014 again.</p>"
        + "</body></html>";
    RawDocument raw = only(read(page.getBytes(Charset.forName("windows-1252")), "page.html", ReadOptions.defaults()));
    assertThat(raw.format()).isEqualTo(InputFormat.HTML);
    assertThat(raw.content()).contains("\u201cWe won\u2019t wait,\u201d the mayor said \u2014 again.");
  }

  @Test
  void honoursMetaCharsetAttribute() {
    String page = "<!doctype html><meta charset=\"iso-8859-1\"><p>Caf\u00e9 owners protested.</p>";
    RawDocument raw = only(read(page.getBytes(StandardCharsets.ISO_8859_1), "cafe", ReadOptions.defaults()));
    assertThat(raw.content()).contains("Caf\u00e9 owners");
  }

  @Test
  void honoursXmlDeclaration() {
    String page = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n<html><body><p>Prices rose 3 \u20ac.</p></body></html>";
    RawDocument raw = only(read(page.getBytes(Charset.forName("ISO-8859-15")), "page.xhtml", ReadOptions.defaults()));
    assertThat(raw.content()).contains("3 \u20ac.");
  }

  @Test
  void ignoresAnUnknownCharsetLabel() {
    String page = "<meta charset=\"no-such-charset\"><p>Caf\u00e9 owners protested.</p>";
    RawDocument raw = only(read(page.getBytes(StandardCharsets.UTF_8), "page.html", ReadOptions.defaults()));
    assertThat(raw.content()).contains("Caf\u00e9");
  }

  @Test
  void honoursUtf16LittleEndianByteOrderMark() {
    byte[] bytes = ("\uFEFF" + STORY).getBytes(StandardCharsets.UTF_16LE);
    assertThat(only(read(bytes, "wide.txt", ReadOptions.defaults())).content()).isEqualTo(STORY);
  }

  @Test
  void honoursUtf16ByteOrderMark() {
    byte[] bytes = ("\uFEFF" + STORY).getBytes(StandardCharsets.UTF_16BE);
    RawDocument raw = only(read(bytes, "wide.txt", ReadOptions.defaults()));
    assertThat(raw.content()).isEqualTo(STORY);
  }

  @Test
  void dropsUtf8ByteOrderMark() {
    RawDocument raw = only(read(("\uFEFF" + STORY).getBytes(StandardCharsets.UTF_8), "bom.txt",
        ReadOptions.defaults()));
    assertThat(raw.content()).isEqualTo(STORY);
  }

  @Test
  void forcedCharsetWinsOverTheDefault() {
    byte[] bytes = "Caf\u00e9 owners protested.".getBytes(StandardCharsets.ISO_8859_1);
    RawDocument raw = only(read(bytes, "cafe.txt",
        ReadOptions.defaults().withCharset(StandardCharsets.ISO_8859_1)));
    assertThat(raw.content()).isEqualTo("Caf\u00e9 owners protested.");
  }

  @Test
  void unknownCharsetNameFailsNamingTheOption() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReadOptions.charsetNamed("klingon-8"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--charset");
  }

  @Test
  void rejectsInputOverTheSizeLimitNamingTheLimit() {
    Ingested.Rejected error = rejected(read(STORY.getBytes(StandardCharsets.UTF_8), "big.txt",
        ReadOptions.defaults().withMaxBytes(20)));
    assertThat(error.code()).isEqualTo("TOO_LARGE");
    assertThat(error.error().error().message()).contains("20 bytes");
  }

  @Test
  void acceptsInputExactlyAtTheSizeLimit() {
    byte[] bytes = STORY.getBytes(StandardCharsets.UTF_8);
    only(read(bytes, "fits.txt", ReadOptions.defaults().withMaxBytes(bytes.length)));
  }

  @Test
  void unpacksGzipWithinTheLimit() throws IOException {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
      gz.write(("<html><body><p>" + STORY + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
    }
    RawDocument raw = only(read(packed.toByteArray(), "page.html.gz", ReadOptions.defaults()));
    assertThat(raw.format()).isEqualTo(InputFormat.HTML);
    assertThat(raw.content()).contains("city council");
  }

  @Test
  void readsJsonRecordWithMetadata() {
    String json = "{\"url\":\"https://example.org/a\",\"title\":\"Budget passes\",\"outlet\":\"Example News\","
        + "\"published\":\"2024-03-05\",\"text\":\"" + STORY.strip() + "\"}";
    RawDocument raw = only(read(json, "record.json"));
    assertThat(raw.format()).isEqualTo(InputFormat.TEXT);
    assertThat(raw.metadata()).isEqualTo(
        new SourceMetadata("https://example.org/a", "Budget passes", "Example News", "2024-03-05"));
  }

  @Test
  void commandLineMetadataWinsOverTheRecord() {
    String json = "{\"outlet\":\"Example News\",\"published\":\"2024-03-05\",\"html\":\"<p>Hi there.</p>\"}";
    ReadOptions options = ReadOptions.defaults()
        .withMetadata(new SourceMetadata(null, null, "Other Outlet", null));
    RawDocument raw = only(read(json.getBytes(StandardCharsets.UTF_8), "r.json", options));
    assertThat(raw.format()).isEqualTo(InputFormat.HTML);
    assertThat(raw.metadata().outlet()).isEqualTo("Other Outlet");
    assertThat(raw.metadata().published()).isEqualTo("2024-03-05");
  }

  @Test
  void rejectsJsonRecordWithoutText() {
    Ingested.Rejected error = rejected(read("{\"title\":\"Only a title\"}", "r.json"));
    assertThat(error.code()).isEqualTo("NO_TEXT");
  }

  @Test
  void rejectsMalformedJson() {
    Ingested.Rejected error = rejected(read("{\"text\": \"unclosed", "r.json"));
    assertThat(error.code()).isEqualTo("BAD_JSON");
  }

  @Test
  void readsJsonArrayAsNumberedRecords() {
    List<Ingested> items = read("[{\"text\":\"One.\"},{\"text\":\"Two.\"}]", "batch.json");
    assertThat(items).extracting(Ingested::name).containsExactly("batch.json#1", "batch.json#2");
  }

  @Test
  void malformedJsonLineBecomesAnErrorAndTheRestGoOn() {
    String feed = "{\"text\":\"First story.\"}\n{\"text\": broken}\n\n{\"html\":\"<p>Fourth line.</p>\"}\n"
        + "{\"title\":\"no body\"}\n";
    List<Ingested> items = read(feed, "feed.jsonl");
    assertThat(items).extracting(Ingested::name)
        .containsExactly("feed.jsonl#1", "feed.jsonl#2", "feed.jsonl#4", "feed.jsonl#5");
    assertThat(items.get(0)).isInstanceOf(Ingested.Accepted.class);
    assertThat(((Ingested.Rejected) items.get(1)).code()).isEqualTo("BAD_JSON");
    assertThat(items.get(2).document().orElseThrow().format()).isEqualTo(InputFormat.HTML);
    assertThat(((Ingested.Rejected) items.get(3)).code()).isEqualTo("NO_TEXT");
  }

  @Test
  void appliesTheSizeLimitToEachJsonLine() {
    String feed = "{\"text\":\"Short.\"}\n{\"text\":\"" + "long ".repeat(20) + "\"}\n{\"text\":\"Also short.\"}\n";
    List<Ingested> items = read(feed.getBytes(StandardCharsets.UTF_8), "feed.jsonl",
        ReadOptions.defaults().withMaxBytes(40));
    assertThat(items).extracting(i -> i instanceof Ingested.Rejected r ? r.code() : "ok")
        .containsExactly("ok", "TOO_LARGE", "ok");
  }

  @Test
  void rejectsInvalidUtf8OnOneJsonLineOnly() {
    byte[] good = "{\"text\":\"Fine.\"}\n{\"text\":\"caf".getBytes(StandardCharsets.UTF_8);
    byte[] rest = "\"}\n{\"text\":\"Fine again.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] feed = new byte[good.length + 1 + rest.length];
    System.arraycopy(good, 0, feed, 0, good.length);
    feed[good.length] = (byte) 0xE9;
    System.arraycopy(rest, 0, feed, good.length + 1, rest.length);
    List<Ingested> items = read(feed, "feed.jsonl", ReadOptions.defaults());
    assertThat(items).extracting(i -> i instanceof Ingested.Rejected r ? r.code() : "ok")
        .containsExactly("ok", "BAD_ENCODING", "ok");
  }

  @Test
  void forcedFormatWinsOverSniffing() {
    RawDocument raw = only(read("<p>Tags as words.</p>".getBytes(StandardCharsets.UTF_8), "x.html",
        ReadOptions.defaults().withFormat(InputFormat.TEXT)));
    assertThat(raw.format()).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void readsAFileByPath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("story.txt");
    Files.writeString(file, STORY);
    assertThat(only(reader.read(file, ReadOptions.defaults())).name()).isEqualTo(file.toString());
  }

  @Test
  void rejectsAMissingFileAsUnreadable(@TempDir Path dir) {
    Ingested.Rejected error = rejected(reader.read(dir.resolve("missing.txt"), ReadOptions.defaults()));
    assertThat(error.code()).isEqualTo("UNREADABLE");
  }

  @Test
  void rejectsADirectoryAsUnreadable(@TempDir Path dir) {
    assertThat(rejected(reader.read(dir, ReadOptions.defaults())).code()).isEqualTo("UNREADABLE");
  }

  @Test
  void randomBytesAlwaysGiveAnItemAndNeverThrow() {
    java.util.Random random = new java.util.Random(7);
    byte[][] seeds = {"{\"text\":\"a\"}\n".getBytes(StandardCharsets.UTF_8), "<p>".getBytes(StandardCharsets.UTF_8),
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {0x1f, (byte) 0x8b}, {'\n'}, {'x'}};
    for (int i = 0; i < 500; i++) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      int n = random.nextInt(12);
      for (int j = 0; j < n; j++) {
        if (random.nextBoolean()) {
          bytes.writeBytes(seeds[random.nextInt(seeds.length)]);
        } else {
          bytes.write(random.nextInt(256));
        }
      }
      List<Ingested> items = read(bytes.toByteArray(), "r" + i, ReadOptions.defaults().withMaxBytes(64));
      assertThat(items).isNotEmpty();
    }
  }
}
