package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

  private final FormatSniffer sniffer = new FormatSniffer();

  private InputFormat sniff(String name, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return sniffer.sniff(name, bytes, bytes.length);
  }

  @Test
  void oneJsonObjectIsJson() {
    assertThat(sniff("-", "{\n  \"text\": \"A story.\"\n}\n")).isEqualTo(InputFormat.JSON);
  }

  @Test
  void severalLinesEachAnObjectAreJsonLines() {
    assertThat(sniff("-", "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n")).isEqualTo(InputFormat.JSONL);
  }

  @Test
  void jsonContentWinsOverATextExtension() {
    assertThat(sniff("feed.txt", "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n")).isEqualTo(InputFormat.JSONL);
  }

  @Test
  void jsonlExtensionMakesASingleRecordJsonLines() {
    assertThat(sniff("feed.jsonl", "{\"text\":\"One.\"}\n")).isEqualTo(InputFormat.JSONL);
  }

  @Test
  void htmlMarkersAreHtml() {
    assertThat(sniff("-", "<!DOCTYPE html>\n<html><body><p>Hi.</p></body></html>")).isEqualTo(InputFormat.HTML);
  }

  @Test
  void fragmentOfBlockTagsIsHtml() {
    assertThat(sniff("-", "<div><p>One.</p><p>Two.</p></div>")).isEqualTo(InputFormat.HTML);
  }

  @Test
  void htmlExtensionIsHtmlEvenWithoutMarkers() {
    assertThat(sniff("page.htm", "Just words.")).isEqualTo(InputFormat.HTML);
  }

  @Test
  void textExtensionKeepsTagLikeWordsAsText() {
    assertThat(sniff("notes.txt", "<html> is a tag name; <body> is another.")).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void anythingElseIsText() {
    assertThat(sniff("-", "Lawmakers met on Monday [updated].")).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void extensionIgnoresGzipSuffix() {
    assertThat(FormatSniffer.extension("pages/a.html.gz")).isEqualTo("html");
    assertThat(FormatSniffer.extension("dir.v2/README")).isEmpty();
  }
}
