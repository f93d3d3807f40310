package org.newsgraph.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.DocumentReader;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.ReadOptions;

class UrlReaderTest {

  private final TestSite site = new TestSite();
  private final UrlReader reader = new UrlReader(new PoliteFetcher(FetchOptions.defaults()
      .withHostDelay(Duration.ZERO)), new DocumentReader());

  @AfterEach
  void stop() {
    site.close();
  }

  private List<Ingested> read(String path, ReadOptions options) {
    List<Ingested> items = new ArrayList<>();
    reader.read(site.uri(path), options, items::add);
    return items;
  }

  @Test
  void aFetchedPageIsADocumentWithItsUrlAndFetchTime() {
    site.page("/news/budget", "text/html; charset=UTF-8",
        "<html><body><article><p>The council approved the budget on Tuesday.</p></article></body></html>");

    RawDocument raw = read("/news/budget", ReadOptions.defaults()).get(0).document().orElseThrow();

    assertThat(raw.format()).isEqualTo(InputFormat.HTML);
    assertThat(raw.metadata().url()).isEqualTo(site.uri("/news/budget").toString());
    assertThat(raw.metadata().fetched()).isNotNull();
  }

  @Test
  void aFetchedFeedGivesOneDocumentPerItem() {
    site.page("/feed.xml", "application/rss+xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Ledger</title><link>https://ledger.example.com/</link>
        <description>News</description>
        <item><title>One</title><link>https://ledger.example.com/1</link><description>First story.</description></item>
        <item><title>Two</title><link>https://ledger.example.com/2</link><description>Second story.</description></item>
        </channel></rss>
        """);

    List<Ingested> items = read("/feed.xml", ReadOptions.defaults().withFormat(InputFormat.FEED));

    assertThat(items).extracting(item -> item.document().orElseThrow().metadata().url())
        .containsExactly("https://ledger.example.com/1", "https://ledger.example.com/2");
  }

  @Test
  void aUrlThatGivesNoPageIsAnErrorRecord() {
    List<Ingested> items = read("/missing", ReadOptions.defaults());

    assertThat(items).hasSize(1);
    assertThat(((Ingested.Rejected) items.get(0)).code()).isEqualTo("FETCH_FAILED");
  }
}
