package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.RejectedInputException;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.model.Article;
import org.newsgraph.model.Removal;

class PlainTextCleanerTest {

  private static final String P1 = "The harbor board voted on Tuesday to extend the ferry schedule through the winter.";
  private static final String P2 = "Commuters had asked for the change after two storms cut service last year.";
  private static final String P3 = "The board will review the costs again in the spring, its chair said.";

  private final ArticleCleaner cleaner = new ArticleCleaner();

  private Article clean(String text) throws RejectedInputException {
    return cleaner.clean(RawDocument.text("t.txt", text));
  }

  private static String repost(String body) {
    return "Ferry Service Extended Through Winter\n\nCoastal Ledger\n\nFerry Service Extended Through Winter\n\n"
        + "Dana Whitfield \u2013 January 9, 2024\n\n\n" + body;
  }

  @Test
  void readsHeaderBlockIntoMetadata() throws Exception {
    Article article = clean(repost(P1 + "\n\n" + P2));
    assertThat(article.title()).isEqualTo("Ferry Service Extended Through Winter");
    assertThat(article.outlet()).isEqualTo("Coastal Ledger");
    assertThat(article.authors()).containsExactly("Dana Whitfield");
    assertThat(article.published()).isEqualTo("2024-01-09");
    assertThat(article.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void recordsHeaderLinesAndRepeatedTitleAsRemovals() throws Exception {
    String source = repost(P1);
    Article article = clean(source);
    assertThat(article.removed()).extracting(Removal::reason)
        .containsExactly(Removal.HEADER, Removal.HEADER, Removal.REPEATED_TITLE, Removal.HEADER);
    for (Removal removal : article.removed()) {
      assertThat(source.substring(removal.start(), removal.end())).isEqualTo(removal.text());
      assertThat(removal.at()).isZero();
    }
  }

  @Test
  void outletMayComeBeforeTheTitle() throws Exception {
    Article article = clean("Coastal Ledger\n\nFerry Service Extended\n\nFerry Service Extended\n\n" + P1);
    assertThat(article.outlet()).isEqualTo("Coastal Ledger");
    assertThat(article.title()).isEqualTo("Ferry Service Extended");
    assertThat(article.text()).isEqualTo(P1);
  }

  @Test
  void readsADateOnTheLineAfterTheByline() throws Exception {
    Article article = clean("Ferry Service Extended\n\nBy Dana Whitfield\nJanuary 9, 2024, 6:15 PM\n\n" + P1);
    assertThat(article.authors()).containsExactly("Dana Whitfield");
    assertThat(article.published()).isEqualTo("2024-01-09");
    assertThat(article.text()).isEqualTo(P1);
  }

  @Test
  void acceptsEmDashOrHyphenInTheByline() throws Exception {
    Article em = clean("A Title Line Here\n\nDana Whitfield \u2014 9 January 2024\n\n" + P1);
    Article hyphen = clean("A Title Line Here\n\nBy Dana Whitfield and Omar Reyes - Jan. 9, 2024\n\n" + P1);
    assertThat(em.published()).isEqualTo("2024-01-09");
    assertThat(em.authors()).containsExactly("Dana Whitfield");
    assertThat(hyphen.authors()).containsExactly("Dana Whitfield", "Omar Reyes");
    assertThat(hyphen.text()).isEqualTo(P1);
  }

  @Test
  void removesLinkedHeadlineBetweenParagraphs() throws Exception {
    String headline = "Mayor\u2019s \u2018Bold\u2019 Plan to Rebuild the Old Pier Hits a Funding Wall";
    String source = P1 + "\n\n" + headline + "\n\n" + P2;
    Article article = clean(source);
    assertThat(article.text()).isEqualTo(P1 + "\n\n" + P2);
    Removal removal = article.removed().get(0);
    assertThat(removal.reason()).isEqualTo(Removal.LINKED_HEADLINE);
    assertThat(removal.text()).isEqualTo(headline);
    assertThat(source.substring(removal.start(), removal.end())).isEqualTo(headline);
    assertThat(removal.at()).isEqualTo(article.text().indexOf(P2));
  }

  @Test
  void removesLinkedHeadlineThatOpensWithAQuote() throws Exception {
    String headline = "\u2018We Were Left Behind\u2019: Island Residents Say the Ferry Cuts Hurt Their Businesses";
    Article article = clean(P1 + "\n\n" + headline + "\n\n" + P2);
    assertThat(article.text()).doesNotContain("Left Behind");
  }

  @Test
  void removesReadMoreLineEvenInSentenceCase() throws Exception {
    Article article = clean(P1 + "\n\nREAD MORE: Why the ferry lost money\n\n" + P2);
    assertThat(article.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void keepsShortSubhead() throws Exception {
    Article article = clean(P1 + "\n\nWhat Comes Next\n\n" + P2);
    assertThat(article.text()).contains("What Comes Next");
  }

  @Test
  void keepsOneLineParagraphWrittenAsASentence() throws Exception {
    Article article = clean(P1 + "\n\nThe vote was unanimous.\n\n" + P2);
    assertThat(article.text()).contains("The vote was unanimous.");
  }

  @Test
  void keepsSentenceCaseLineWithoutFinalPeriod() throws Exception {
    String line = "Details of the new timetable were still being worked out on Tuesday night";
    Article article = clean(P1 + "\n\n" + line + "\n\n" + P2);
    assertThat(article.text()).contains(line);
  }

  @Test
  void keepsPullQuoteSubhead() throws Exception {
    String quote = "\u201cWe Will Not Leave the Islands Stranded Again This Winter\u201d";
    Article article = clean(P1 + "\n\n" + quote + "\n\n" + P2);
    assertThat(article.text()).contains(quote);
  }

  @Test
  void keepsTitleCaseLineBeforeTheFirstParagraph() throws Exception {
    String kicker = "Harbor Board Extends Ferry Service for the Whole Winter Season";
    Article article = clean(kicker + "\n\n" + P1 + "\n\n" + P2);
    assertThat(article.text()).startsWith(kicker);
  }

  @Test
  void removesAuthorBlockAndBio() throws Exception {
    String source = repost(P1 + "\n\n" + P2 + "\n\nAuthor: Lee Marsh\n\nRetired teacher. Writes about the coast.");
    Article article = clean(source);
    assertThat(article.text()).isEqualTo(P1 + "\n\n" + P2);
    Removal bio = article.removed().get(article.removed().size() - 1);
    assertThat(bio.reason()).isEqualTo(Removal.AUTHOR_BIO);
    assertThat(bio.text()).startsWith("Author: Lee Marsh").endsWith("Writes about the coast.");
    assertThat(bio.at()).isEqualTo(article.text().length());
    assertThat(article.repostedBy()).isEqualTo("Lee Marsh");
  }

  @Test
  void authorBlockOfTheBylineAuthorIsNoRepost() throws Exception {
    Article article = clean(repost(P1 + "\n\nAuthor: Dana Whitfield\n\nCovers transport."));
    assertThat(article.repostedBy()).isNull();
    assertThat(article.authors()).containsExactly("Dana Whitfield");
  }

  @Test
  void authorBlockWithoutBylineNamesTheAuthor() throws Exception {
    Article article = clean(P1 + "\n\n" + P2 + "\n\nPosted by Lee Marsh");
    assertThat(article.authors()).containsExactly("Lee Marsh");
    assertThat(article.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void storyWithoutHeaderStaysAsItIs() throws Exception {
    Article article = clean("\n  " + P1 + "\n\n" + P2 + "\n\n");
    assertThat(article.text()).isEqualTo(P1 + "\n\n" + P2);
    assertThat(article.title()).isNull();
    assertThat(article.removed()).isEmpty();
  }

  @Test
  void headlineOnTheFirstLineBecomesTheTitleAndStays() throws Exception {
    Article article = clean("Ferry Service Extended\n\n" + P1);
    assertThat(article.title()).isEqualTo("Ferry Service Extended");
    assertThat(article.text()).isEqualTo("Ferry Service Extended\n\n" + P1);
  }

  @Test
  void firstLineEndingInAPeriodIsNoTitle() throws Exception {
    assertThat(clean("The ferry runs again.\n\n" + P1).title()).isNull();
  }

  @Test
  void firstLineRunningIntoTheParagraphIsNoTitle() throws Exception {
    assertThat(clean("Ferry Service Extended\n" + P1).title()).isNull();
  }

  @Test
  void normalizesOddSpacesAndLineEndings() throws Exception {
    Article article = clean("The\u00a0board\u2009met  on\tTuesday.\r\n\r\nIt\u00a0 voted\u200b.\r\n");
    assertThat(article.text()).isEqualTo("The board met on Tuesday.\n\nIt voted.");
  }

  @Test
  void readsOneParagraphALineWhenThereAreNoBlankLines() throws Exception {
    assertThat(clean(P1 + "\n" + P2 + "\n").text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void keepsHardWrappedLinesInOneParagraph() throws Exception {
    assertThat(clean("The board met\non Tuesday.\n\nIt voted.").text()).isEqualTo("The board met\non Tuesday.\n\nIt voted.");
  }

  @Test
  void metadataGivenWithTheDocumentWins() throws Exception {
    RawDocument raw = new RawDocument("t.txt", repost(P1), org.newsgraph.ingest.InputFormat.TEXT,
        new SourceMetadata("https://example.org/ferry", null, "Harbor Weekly", "March 3, 2024"));
    Article article = cleaner.clean(raw);
    assertThat(article.outlet()).isEqualTo("Harbor Weekly");
    assertThat(article.url()).isEqualTo("https://example.org/ferry");
    assertThat(article.published()).isEqualTo("2024-03-03");
    assertThat(article.title()).isEqualTo("Ferry Service Extended Through Winter");
  }

  @Test
  void rejectsADocumentWithNoStoryLeft() {
    assertThatThrownBy(() -> clean("Ferry Service Extended\n\nDana Whitfield \u2013 January 9, 2024\n"))
        .isInstanceOf(RejectedInputException.class)
        .extracting(e -> ((RejectedInputException) e).reason())
        .isEqualTo(RejectedInputException.Reason.NO_TEXT);
  }
}
