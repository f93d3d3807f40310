package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * Fuzz targets over the readers: whatever the bytes, each reader answers with a document or a reason, never an
 * exception. Under {@code mvn verify} they replay the inputs in {@code ReadersFuzzTestInputs/} (seeds and past
 * findings); see docs/limits.md for a fuzzing run.
 */
class ReadersFuzzTest {

  private static final InputFormat[] FORMATS = {null, InputFormat.TEXT, InputFormat.HTML, InputFormat.JSON,
      InputFormat.JSONL};
  private static final String[] NAMES = {"story.txt", "page.html", "record.json", "feed.jsonl", "stdin",
      "story.txt.gz"};

  private final DocumentReader reader = new DocumentReader();

  @FuzzTest(maxDuration = "30s")
  void documentReaderGivesADocumentOrAnErrorRecordForAnyBytes(FuzzedDataProvider data) {
    InputFormat format = data.pickValue(FORMATS);
    String name = data.pickValue(NAMES);
    long maxBytes = data.consumeLong(1, 1 << 16);
    byte[] bytes = data.consumeRemainingAsBytes();

    List<Ingested> items = reader.read(new ByteArrayInputStream(bytes), name,
        ReadOptions.defaults().withFormat(format).withMaxBytes(maxBytes));

    assertThat(items).isNotEmpty();
    for (Ingested item : items) {
      assertThat(item.name()).startsWith(name);
      if (item instanceof Ingested.Accepted accepted) {
        assertThat(accepted.raw().content()).isNotBlank();
        assertThat(accepted.raw().utf8Length()).isLessThanOrEqualTo(Math.max(maxBytes * 3, maxBytes + 16));
      }
    }
  }

  @FuzzTest(maxDuration = "30s")
  void formatSnifferNamesAFormatForAnyBytes(FuzzedDataProvider data) {
    String name = data.pickValue(NAMES);
    byte[] bytes = data.consumeRemainingAsBytes();

    assertThat(new FormatSniffer().sniff(name, bytes, bytes.length)).isNotNull();
  }

  @FuzzTest(maxDuration = "30s")
  void textDecoderGivesTextWithoutReplacementsOrAReason(FuzzedDataProvider data) {
    InputFormat format = data.pickValue(new InputFormat[] {InputFormat.TEXT, InputFormat.HTML});
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      String text = new TextDecoder().decode(bytes, bytes.length, format, null);
      assertThat(text).isNotBlank().doesNotContain("\ufffd\ufffd\ufffd");
    } catch (RejectedInputException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "30s")
  void jsonRecordsGiveADocumentOrAnErrorRecordForAnyLine(FuzzedDataProvider data) {
    String line = data.consumeRemainingAsString();
    Ingested item = new JsonRecords().readLine("feed.jsonl#1", line, SourceMetadata.NONE);

    assertThat(item.name()).isEqualTo("feed.jsonl#1");
    item.document().ifPresent(raw -> assertThat(raw.content()).isNotBlank());
  }
}
