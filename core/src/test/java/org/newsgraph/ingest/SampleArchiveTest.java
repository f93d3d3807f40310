package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The web archive bundled in {@code examples/} is the one {@link SampleArchive} writes, and reads as it should. */
class SampleArchiveTest {

  private static final Path BUNDLED = Path.of("..", "examples", "newsroom.warc.gz");

  @Test
  void theBundledArchiveIsWhatTheGeneratorWrites() throws IOException {
    assertThat(Files.readAllBytes(BUNDLED)).isEqualTo(SampleArchive.bytes());
  }

  @Test
  void theBundledArchiveGivesItsThreePagesAndSkipsTheRest() {
    List<String> skipped = new ArrayList<>();

    List<Ingested> items = new DocumentReader((name, why) -> skipped.add(why)).read(BUNDLED, ReadOptions.defaults());

    assertThat(items).extracting(item -> item.document().orElseThrow().metadata().url()).containsExactly(
        "https://coastal-ledger.example.com/2024/03/04/ferry-fares",
        "https://valley-times.example.com/2024/03/05/cafe-permits",
        "https://nordkurier.example.de/2024/03/05/bruecke");
    assertThat(items.get(1).document().orElseThrow().content()).contains("Café owners", "Renée Dubois");
    assertThat(skipped).containsExactly("warcinfo", "request", "request", "image/png", "request", "request",
        "HTTP 301", "request");
  }
}
