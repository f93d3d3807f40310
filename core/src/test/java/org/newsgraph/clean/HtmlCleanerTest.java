package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.model.Article;
import org.newsgraph.model.Removal;

class HtmlCleanerTest {

  private static final String P1 = "The regional water authority raised its rates by 4 percent on Thursday, citing "
      + "the cost of repairing aging pipes across the valley.";
  private static final String P2 = "Officials said the increase would add about $3 a month to a typical household "
      + "bill, and that the first repairs would begin in the spring.";
  private static final String P3 = "Residents who spoke at the meeting, many of them retirees, asked the board to "
      + "phase in the increase over two years.";

  private final ArticleCleaner cleaner = new ArticleCleaner();

  private Article clean(String html) throws RejectedInputException {
    return cleaner.clean(RawDocument.html("page.html", html));
  }

  private static String page(String head, String body) {
    return "<!doctype html><html lang=\"en-US\"><head><title>Water Rates Rise | Valley Courier</title>" + head
        + "</head><body>" + body + "</body></html>";
  }

  private static String story() {
    return "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/local\">Local</a></li></ul></nav>"
        + "<article><h1>Water Rates Rise to Pay for Pipe Repairs</h1>"
        + "<div class=\"share-tools\"><a href=\"#\">Share on social media</a></div>"
        + "<p>" + P1 + "</p><figure><img src=\"a.jpg\"><figcaption>The valley pumping station.</figcaption></figure>"
        + "<p>" + P2 + "</p>"
        + "<p><a href=\"/other\">Valley Schools Brace for Budget Cuts After State Aid Falls Short</a></p>"
        + "<p>" + P3 + "</p>"
        + "<div class=\"newsletter-signup\"><p>Get the morning briefing in your inbox every day.</p></div>"
        + "</article>"
        + "<aside class=\"related\"><h3>Related stories</h3><p>Bridge repairs are behind schedule, the county says.</p>"
        + "</aside><footer><p>Copyright 2024 Valley Courier. All rights reserved.</p></footer>";
  }

  @Test
  void keepsTheArticleParagraphsSeparatedByABlankLine() throws Exception {
    assertThat(clean(page("", story())).text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void dropsNavigationFooterAsideShareAndNewsletterBlocks() throws Exception {
    Article article = clean(page("", story()));
    assertThat(article.text()).doesNotContain("Home", "Share on", "morning briefing", "Bridge repairs",
        "Copyright", "pumping station");
    assertThat(article.removed()).extracting(Removal::text).contains("Home Local", "Share on social media",
        "The valley pumping station.", "Get the morning briefing in your inbox every day.");
  }

  @Test
  void removalOffsetsCoverTheDroppedMarkup() throws Exception {
    String html = page("", story());
    Article article = clean(html);
    Removal nav = article.removed().stream().filter(r -> r.text().equals("Home Local")).findFirst().orElseThrow();
    assertThat(html.substring(nav.start(), nav.end())).startsWith("<nav>").endsWith("</nav>");
    assertThat(nav.at()).isZero();
    Removal footer = article.removed().get(article.removed().size() - 1);
    assertThat(html.substring(footer.start(), footer.end())).contains("Copyright 2024").endsWith("</footer>");
    assertThat(footer.at()).isEqualTo(article.text().length());
  }

  @Test
  void removesLinkOnlyParagraphAsLinkedHeadline() throws Exception {
    Article article = clean(page("", story()));
    Removal link = article.removed().stream().filter(r -> r.reason().equals(Removal.LINKED_HEADLINE)).findFirst()
        .orElseThrow();
    assertThat(link.text()).isEqualTo("Valley Schools Brace for Budget Cuts After State Aid Falls Short");
    assertThat(link.at()).isEqualTo(article.text().indexOf(P3));
  }

  @Test
  void removesHeadingThatRepeatsTheTitle() throws Exception {
    String head = "<meta property=\"og:title\" content=\"Water Rates Rise to Pay for Pipe Repairs\">";
    Article article = clean(page(head, story()));
    assertThat(article.removed()).extracting(Removal::reason).contains(Removal.REPEATED_TITLE);
  }

  @Test
  void readsMetaTags() throws Exception {
    String head = "<meta property=\"og:title\" content=\"Water Rates Rise\">"
        + "<meta property=\"og:site_name\" content=\"Valley Courier\">"
        + "<meta property=\"article:published_time\" content=\"2024-02-08T17:30:00-05:00\">"
        + "<meta name=\"author\" content=\"Ruth Okafor, Ben Sato\">"
        + "<link rel=\"canonical\" href=\"https://courier.example/water\">";
    Article article = clean(page(head, story()));
    assertThat(article.title()).isEqualTo("Water Rates Rise");
    assertThat(article.outlet()).isEqualTo("Valley Courier");
    assertThat(article.published()).isEqualTo("2024-02-08T17:30:00-05:00");
    assertThat(article.authors()).containsExactly("Ruth Okafor", "Ben Sato");
    assertThat(article.url()).isEqualTo("https://courier.example/water");
    assertThat(article.language()).isEqualTo("en");
  }

  @Test
  void readsJsonLdGraphAndPrefersItToMetaTags() throws Exception {
    String head = "<meta property=\"og:title\" content=\"Meta title\">"
        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"Valley Courier\"},"
        + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Water Rates Rise Again\","
        + "\"datePublished\":\"2024-02-08T22:30:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ruth Okafor\"}],"
        + "\"publisher\":{\"@id\":\"#org\"}}]}</script>";
    Article article = clean(page(head, story()));
    assertThat(article.title()).isEqualTo("Water Rates Rise Again");
    assertThat(article.published()).isEqualTo("2024-02-08T22:30:00Z");
    assertThat(article.authors()).containsExactly("Ruth Okafor");
    assertThat(article.outlet()).isEqualTo("Valley Courier");
  }

  @Test
  void readsTimeElementWhenNoMetaDate() throws Exception {
    String body = "<article><time datetime=\"2024-02-08\">Feb. 8</time><p>" + P1 + "</p><p>" + P2 + "</p></article>";
    assertThat(clean(page("", body)).published()).isEqualTo("2024-02-08");
  }

  @Test
  void prefersItempropArticleBody() throws Exception {
    String body = "<div><div itemprop=\"articleBody\"><p>" + P1 + "</p><p>" + P2 + "</p></div>"
        + "<div class=\"teaser\"><p>" + P3 + "</p></div></div>";
    assertThat(clean(page("", body)).text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void findsTheBlockWithMostParagraphTextWithoutMarkup() throws Exception {
    String links = "<div class=\"col\"><p><a href=\"/1\">Council approves the new parking rules for downtown</a></p>"
        + "<p><a href=\"/2\">High school team wins its third title in a row</a></p></div>";
    String body = links + "<div class=\"col\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>";
    assertThat(clean(page("", body)).text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void doubleLineBreakSplitsParagraphs() throws Exception {
    String body = "<article><div>" + P1 + "<br><br>" + P2 + "<br>" + P3 + "</div></article>";
    assertThat(clean(page("", body)).text()).isEqualTo(P1 + "\n\n" + P2 + "\n" + P3);
  }

  @Test
  void usesJsonLdArticleBodyWhenThePageShowsNoText() throws Exception {
    String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Rates\","
        + "\"articleBody\":\"" + P1 + "\"}</script>";
    assertThat(clean(page(head, "<div id=\"app\"></div>")).text()).isEqualTo(P1);
  }

  @Test
  void rejectsPageWithoutText() {
    assertThatThrownBy(() -> clean(page("", "<div><script>var x = 1;</script></div>")))
        .isInstanceOf(RejectedInputException.class)
        .extracting(e -> ((RejectedInputException) e).reason())
        .isEqualTo(RejectedInputException.Reason.NO_TEXT);
  }

  @Test
  void titleLosesTheSiteNameAppendedToIt() throws Exception {
    String head = "<meta property=\"og:title\" content=\"Water Rates Rise | The Valley Courier\">"
        + "<meta property=\"og:site_name\" content=\"The Valley Courier\">";
    assertThat(clean(page(head, story())).title()).isEqualTo("Water Rates Rise");
  }

  @Test
  void titleElementLosesAShortSiteName() throws Exception {
    String html = "<html><head><title>Water Rates Rise - Courier</title></head><body>" + story() + "</body></html>";
    assertThat(clean(html.replace("<h1>Water Rates Rise to Pay for Pipe Repairs</h1>", "")).title())
        .isEqualTo("Water Rates Rise");
  }

  @Test
  void survivesDeeplyNestedMarkup() throws Exception {
    String html = "<div>".repeat(20_000) + "<p>" + P1 + "</p>" + "</div>".repeat(20_000);
    assertThat(clean(html).text()).isEqualTo(P1);
  }
  @Test
  void dropsACaptionRunInsideAParagraphAndRecordsIt() throws Exception {
    Article article = clean(page("", "<article><h1>Water Rates Rise</h1><p>" + P1 + "</p><div class=\"photo\">"
        + "<span class=\"photoCaption\">The valley pumping station (Image: Valley Courier)</span></div><p>" + P2
        + "</p><p>" + P3 + "</p></article>"));
    assertThat(article.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    assertThat(article.removed()).extracting(Removal::text)
        .contains("The valley pumping station (Image: Valley Courier)");
  }

  @Test
  void dropsTimestampAndBylineLinesAroundTheStory() throws Exception {
    Article article = clean(page("", "<article><h1>Water Rates Rise</h1><div>By Dana Whitfield</div>"
        + "<div>Updated 6:14 am CST, Thursday, March 6, 2025</div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p></article>"));
    assertThat(article.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void dropsAHeadingWhoseSectionWasAllLinks() throws Exception {
    String links = "<ul><li><a href=\"/a\">Bridge repairs fall behind schedule</a></li>"
        + "<li><a href=\"/b\">Schools brace for budget cuts</a></li></ul>";
    Article article = clean(page("", "<article><h1>Water Rates Rise</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p><h3>Most Read</h3>" + links + "</article>"));
    assertThat(article.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    assertThat(article.removed()).extracting(Removal::text).contains("Most Read");
  }

  @Test
  void leavesOutASiblingBlockThatListsOtherStories() throws Exception {
    String teaser = "<article><h2>Council delays the vote on the new library</h2><p>The council, which met for four "
        + "hours, said it needed more time to study the costs of the building.</p></article>";
    Article article = clean(page("", "<main><div class=\"story\"><h1>Water Rates Rise</h1><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p></div><div class=\"more\">" + teaser + teaser.replace("library", "pool")
        + "</div></main>"));
    assertThat(article.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }
}
