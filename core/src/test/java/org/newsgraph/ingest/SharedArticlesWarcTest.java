package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 133 real pages of the article-extraction benchmark, written into a web archive and read back. */
class SharedArticlesWarcTest {

  private static final Path PAGES = Path.of("../../shared/data/articles/html");

  @TempDir
  Path dir;

  @Test
  void everyBenchmarkPageWrittenIntoAWarcIsReadBackAsOneHtmlDocument() throws IOException {
    Path pages = PAGES.toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(pages), "../shared/data/articles is absent: skipping the 133-page WARC test");
    WarcFixture fixture = new WarcFixture();
    List<String> urls = new ArrayList<>();
    try (Stream<Path> files = Files.list(pages).filter(p -> p.toString().endsWith(".html.gz")).sorted()) {
      for (Path page : files.toList()) {
        String url = "https://archive.example.org/" + page.getFileName().toString().replace(".html.gz", "");
        urls.add(url);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
          fixture.page(url, 200, "text/html", in.readAllBytes());
        }
      }
    }
    Path warc = Files.write(dir.resolve("articles.warc.gz"), fixture.write(true));
    List<String> skipped = new ArrayList<>();

    List<Ingested> items = new DocumentReader((name, why) -> skipped.add(why)).read(warc, ReadOptions.defaults());

    assertThat(urls).hasSize(133);
    assertThat(items).allMatch(item -> item.document().isPresent(), "every page is read");
    assertThat(items).extracting(item -> item.document().orElseThrow().metadata().url()).containsExactlyElementsOf(urls);
    assertThat(skipped).hasSize(1 + 133);
  }
}
