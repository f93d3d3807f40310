package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.DocumentReader;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.model.Article;
import org.newsgraph.model.Removal;

/** The articles bundled in {@code examples/} at the repository root all read and clean. */
class ExamplesTest {

  private static final Path EXAMPLES = Path.of("..", "examples");

  private final DocumentReader reader = new DocumentReader();
  private final ArticleCleaner cleaner = new ArticleCleaner();

  private List<Article> cleanAll(Path file) throws Exception {
    List<Article> articles = new ArrayList<>();
    for (Ingested item : reader.read(file, ReadOptions.defaults())) {
      assertThat(item).as(item.name()).isInstanceOf(Ingested.Accepted.class);
      articles.add(cleaner.clean(item.document().orElseThrow()));
    }
    return articles;
  }

  private Article cleanOne(String name) throws Exception {
    List<Article> articles = cleanAll(EXAMPLES.resolve(name));
    assertThat(articles).hasSize(1);
    return articles.get(0);
  }

  @Test
  void everyBundledExampleCleans() throws Exception {
    List<Path> files;
    try (Stream<Path> listing = Files.list(EXAMPLES)) {
      files = listing.filter(f -> !f.getFileName().toString().equals("README.md")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(4);
    for (Path file : files) {
      for (Article article : cleanAll(file)) {
        assertThat(article.text()).as(file.toString()).isNotBlank();
        assertThat(article.published()).as(file.toString()).isNotNull();
      }
    }
  }

  @Test
  void repostLosesItsClutterAndNamesTheReposter() throws Exception {
    Article article = cleanOne("repost-library-hours.txt");
    assertThat(article.title()).isEqualTo("City Library Plans to Stay Open Until Midnight During Exam Season");
    assertThat(article.outlet()).isEqualTo("The Coastal Ledger");
    assertThat(article.authors()).containsExactly("Dana Whitfield");
    assertThat(article.published()).isEqualTo("2024-03-04");
    assertThat(article.repostedBy()).isEqualTo("Gordon Pyle");
    assertThat(article.removed()).extracting(Removal::reason).containsExactly(Removal.HEADER, Removal.HEADER,
        Removal.REPEATED_TITLE, Removal.HEADER, Removal.LINKED_HEADLINE, Removal.LINKED_HEADLINE, Removal.AUTHOR_BIO);
    assertThat(article.text()).startsWith("The Brackwater City Library").endsWith("to the board in June.");
  }

  @Test
  void wireStoryKeepsItsDatelineAndReadsItsByline() throws Exception {
    Article article = cleanOne("wire-harbor-dredging.txt");
    assertThat(article.published()).isEqualTo("2024-10-14");
    assertThat(article.authors()).containsExactly("Amal Rostami");
    assertThat(article.text()).startsWith("PORT HALDEN (Wire) \u2014 The Port Halden harbor commission on Monday");
  }

  @Test
  void htmlPageGivesItsStoryAndMetadata() throws Exception {
    Article article = cleanOne("water-rates.html");
    assertThat(article.title()).isEqualTo("Valley Water Authority Raises Rates to Fix Aging Pipes");
    assertThat(article.outlet()).isEqualTo("The Valley Courier");
    assertThat(article.authors()).containsExactly("Ruth Okafor", "Ben Sato");
    assertThat(article.published()).isEqualTo("2024-02-08T17:45:00-05:00");
    assertThat(article.text()).startsWith("The Valley Water Authority voted on Thursday")
        .endsWith("where a main broke twice last winter.")
        .doesNotContain("Photo by", "Valley Schools Brace", "morning briefing", "Related stories", "Subscribe");
    assertThat(article.text().split("\n\n")).hasSize(5);
  }

  @Test
  void jsonLinesFeedGivesTwoArticlesWithTheirRecordMetadata() throws Exception {
    List<Article> articles = cleanAll(EXAMPLES.resolve("feed.jsonl"));
    assertThat(articles).extracting(Article::outlet).containsExactly("Fernhill Daily", "Fernhill Daily");
    assertThat(articles).extracting(Article::published).containsExactly("2024-06-03", "2024-06-05T08:15:00-07:00");
    assertThat(articles.get(1).text()).startsWith("Alder County opened 12 cooling centers").doesNotContain("Home");
  }
}
