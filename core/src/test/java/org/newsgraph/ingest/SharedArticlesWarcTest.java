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
    // One item per page, in order; a page whose own text is broken (mojibake) may be the decoder's error record,
    // but no record of the archive itself is broken.
    assertThat(items).hasSize(133);
    assertThat(items).noneMatch(item -> item instanceof Ingested.Rejected r && !r.code().equals("BAD_ENCODING"));
    assertThat(items.stream().filter(item -> item.document().isPresent())).hasSizeGreaterThanOrEqualTo(130);
    assertThat(items.stream().flatMap(item -> item.document().stream()).map(raw -> raw.metadata().url()))
        .isSubsetOf(urls);
    assertThat(skipped).hasSize(1 + 133);
  }
}
