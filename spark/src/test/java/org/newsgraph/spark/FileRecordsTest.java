package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsgraph.ingest.ReadOptions;

/** Reading a file as a stream of records that Spark pulls one at a time. */
class FileRecordsTest {

  private static final String LINE = "{\"outlet\": \"Example Wire\", \"text\": \"The council approved the budget "
      + "on Tuesday, the mayor said.\"}\n";

  @Test
  @Timeout(30)
  void handsOverTheFirstRecordsOfAFileThatNeverEnds() {
    try (FileRecords records = new FileRecords("wire.jsonl", EndlessFeed::new, ReadOptions.defaults())) {
      List<SourceRecord> first = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        first.add(records.next());
      }
      assertThat(first).extracting(SourceRecord::name)
          .containsExactly("wire.jsonl#1", "wire.jsonl#2", "wire.jsonl#3");
      assertThat(first).allSatisfy(record -> assertThat(record.errorCode()).isNull());
    }
  }

  @Test
  @Timeout(30)
  void keepsTheRecordsReadBeforeAFileBreaksAndSaysWhyItStopped() {
    // Twenty good lines, more than the reader's first look at a file takes (the per-line limit), then a failure.
    FileRecords.Source broken = () -> new SequenceInputStream(
        new ByteArrayInputStream(LINE.repeat(20).getBytes(StandardCharsets.UTF_8)), new FailingStream());
    List<SourceRecord> all = new ArrayList<>();
    try (FileRecords records = new FileRecords("wire.jsonl", broken, ReadOptions.defaults().withMaxBytes(1024))) {
      records.forEachRemaining(all::add);
    }
    assertThat(all).hasSize(21);
    assertThat(all.subList(0, 20)).allSatisfy(record -> assertThat(record.errorCode()).isNull());
    assertThat(all.get(20).errorCode()).isNotNull();
    assertThat(all.get(20).errorMessage()).contains("disk went away");
  }

  /** A JSON Lines feed that goes on for ever, as a stand-in for a file far larger than memory. */
  private static final class EndlessFeed extends InputStream {
    private final byte[] line = LINE.getBytes(StandardCharsets.UTF_8);
    private int at;

    @Override
    public int read() {
      int b = line[at];
      at = (at + 1) % line.length;
      return b;
    }
  }

  private static final class FailingStream extends InputStream {
    @Override
    public int read() throws IOException {
      throw new IOException("disk went away");
    }
  }
}
