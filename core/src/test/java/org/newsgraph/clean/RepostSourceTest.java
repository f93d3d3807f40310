package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.OriginalSource;

class RepostSourceTest {

  @Test
  void aLinkedCreditLineNamesTheOriginal() {
    var page = Jsoup.parse("<p>Bridge story text.</p><p><em>This story originally appeared in "
        + "<a href=\"https://courier.example/bridge\">The Valley Courier</a>.</em></p>");
    assertThat(RepostSource.of(page, null))
        .contains(new OriginalSource("The Valley Courier", "https://courier.example/bridge"));
  }

  @Test
  void aDateAfterFirstPublishedIsNoOutlet() {
    var page = Jsoup.parse("<p>This story was first published on <a href=\"https://x.example/\">March 6</a>.</p>");
    assertThat(RepostSource.of(page, null)).isEmpty();
  }

  @Test
  void aSyndicationTagGivesTheAddress() {
    var page = Jsoup.parse("<head><meta name=\"syndication-source\" content=\"https://wire.example/a1\"></head>");
    assertThat(RepostSource.of(page, null)).contains(new OriginalSource(null, "https://wire.example/a1"));
  }

  @Test
  void aCanonicalLinkToAnotherSiteIsTheOriginalButNotToAVariantOfTheSameSite() {
    assertThat(RepostSource.crossSite("https://blog.example/post/9", "https://courier.example/bridge"))
        .contains(new OriginalSource(null, "https://courier.example/bridge"));
    assertThat(RepostSource.crossSite("https://m.courier.example/bridge", "https://www.courier.example/bridge"))
        .isEmpty();
  }
}
