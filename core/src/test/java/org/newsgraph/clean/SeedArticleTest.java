package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.newsgraph.ingest.DocumentReader;
import org.newsgraph.ingest.Ingested;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.model.Article;
import org.newsgraph.model.Removal;

/** The founding example, read from {@code ../shared/examples} beside the repository when it is there. */
class SeedArticleTest {

  private static final Path SEED = Path.of("..", "..", "shared", "examples", "seed-article.txt");

  private static RawDocument raw;
  private static Article article;

  @BeforeAll
  static void clean() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(SEED), "the founding example is not beside the repository");
    List<Ingested> items = new DocumentReader().read(SEED, ReadOptions.defaults());
    raw = items.get(0).document().orElseThrow();
    article = new ArticleCleaner().clean(raw);
  }

  @Test
  void readsTheHeaderIntoMetadata() {
    assertThat(article.title()).isEqualTo("Russian Allies Get Tongue-Lashing at Putin\u2019s Ultimate Pity Party");
    assertThat(article.outlet()).isEqualTo("Daily Beast");
    assertThat(article.authors()).containsExactly("Shannon Vavra");
    assertThat(article.published()).isEqualTo("2022-05-16");
  }

  @Test
  void theReposterIsNotAnAuthor() {
    assertThat(article.repostedBy()).isEqualTo("John Hanno");
  }

  @Test
  void keepsTheStory() {
    assertThat(article.text())
        .startsWith("Russian President Vladimir Putin hosted a meeting")
        .contains("Senate Republican Leader Mitch McConnell said Saturday");
  }

  @Test
  void removesHeadlinesAndTheReposterBlock() {
    assertThat(article.text()).doesNotContain("Top U.S. Spy Spills on Putin", "Let Someone Whack You",
        "Born and raised in Chicago", "Author: John Hanno", "Bogan High School");
  }

  @Test
  void everyRemovalSaysWhatTheSourceHolds() throws IOException {
    assertThat(article.removed()).isNotEmpty();
    for (Removal removal : article.removed()) {
      assertThat(raw.content().substring(removal.start(), removal.end())).isEqualTo(removal.text());
      assertThat(removal.at()).isBetween(0, article.text().length());
    }
    assertThat(article.removed()).extracting(Removal::reason).containsExactly(Removal.HEADER, Removal.HEADER,
        Removal.REPEATED_TITLE, Removal.HEADER, Removal.LINKED_HEADLINE, Removal.LINKED_HEADLINE, Removal.AUTHOR_BIO);
  }
}
