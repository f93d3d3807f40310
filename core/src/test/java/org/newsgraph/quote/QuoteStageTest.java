package org.newsgraph.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.TestAnnotator;

class QuoteStageTest {

  private static final QuoteStage STAGE = new QuoteStage();

  private static List<Quote> quotes(String text) {
    return quotes(text, List.of());
  }

  private static List<Quote> quotes(String text, List<Entity> entities) {
    Annotated annotated = TestAnnotator.get().annotate(text, null);
    return STAGE.quotes(annotated, entities);
  }

  private static String speaker(String text, Quote quote) {
    return text.substring(quote.speaker().start(), quote.speaker().end());
  }

  private static List<String> parts(String text, Quote quote) {
    return quote.parts().stream().map(p -> text.substring(p.start(), p.end())).toList();
  }

  private static Entity entity(String id, String name, EntityType type, String text, String... surfaces) {
    List<Mention> mentions = new java.util.ArrayList<>();
    for (String surface : surfaces) {
      for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        mentions.add(new Mention(at, at + surface.length(), surface));
      }
    }
    return new Entity(id, name, type, List.of(), List.of(), Map.of(), mentions);
  }

  @Test
  void directQuoteWithCueAfter() {
    String text = "“The talks have failed,” Maria Lindqvist said on Tuesday.";
    List<Quote> quotes = quotes(text);
    assertThat(quotes).hasSize(1);
    Quote quote = quotes.get(0);
    assertThat(quote.text()).isEqualTo("“The talks have failed,”");
    assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(speaker(text, quote)).isEqualTo("Maria Lindqvist");
    assertThat(quote.cue().text()).isEqualTo("said");
  }

  @Test
  void directQuoteWithCueBefore() {
    String text = "The mayor of Eastport said: “We will rebuild the bridge by spring.”";
    Quote quote = quotes(text).get(0);
    assertThat(quote.text()).isEqualTo("“We will rebuild the bridge by spring.”");
    assertThat(speaker(text, quote)).isEqualTo("The mayor of Eastport");
  }

  @Test
  void quoteInterruptedByItsCueIsOneQuoteWithTwoParts() {
    String text = "“We will not wait for them,” the minister said, “and we will not retreat either.”";
    List<Quote> quotes = quotes(text);
    assertThat(quotes).hasSize(1);
    assertThat(parts(text, quotes.get(0)))
        .containsExactly("“We will not wait for them,”", "“and we will not retreat either.”");
    assertThat(speaker(text, quotes.get(0))).isEqualTo("the minister");
  }

  @Test
  void quoteRunningOverSeveralParagraphsIsOneQuote() {
    String text = "Governor Ellen Marsh said: “The budget is balanced for the first time in a decade.\n\n"
        + "“Schools and roads will get more money next year.”\n\nThe vote is on Friday.";
    List<Quote> quotes = quotes(text);
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).startsWith("“The budget").endsWith("next year.”");
  }

  @Test
  void uncuedQuotedSentenceContinuesThePreviousSpeaker() {
    String text = "“The port will reopen next week,” the harbor authority said in a statement. "
        + "“The repairs will take at least a month.”";
    List<Quote> quotes = quotes(text);
    assertThat(quotes).hasSize(1);
    assertThat(parts(text, quotes.get(0))).hasSize(2);
    assertThat(parts(text, quotes.get(0)).get(1)).isEqualTo("“The repairs will take at least a month.”");
  }

  @Test
  void uncuedQuoteOpeningTheNextParagraphIsANewQuoteOfTheSameSpeaker() {
    String text = "“The port will reopen next week,” port official Tom Ruiz said.\n\n"
        + "“The repairs will take at least a month.”";
    List<Quote> quotes = quotes(text);
    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(1).cue()).isNull();
    assertThat(quotes.get(1).speaker().name()).isEqualTo(quotes.get(0).speaker().name());
  }

  @Test
  void straightSingleQuotesAndGuillemetsWorkLikeCurlyOnes() {
    for (String[] marks : new String[][] {{"\"", "\""}, {"‘", "’"}, {"«", "»"}}) {
      String text = marks[0] + "Prices will keep rising this winter," + marks[1] + " the economist Jan Berg said.";
      List<Quote> quotes = quotes(text);
      assertThat(quotes).as(marks[0]).hasSize(1);
      assertThat(quotes.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
      assertThat(speaker(text, quotes.get(0))).isEqualTo("the economist Jan Berg");
    }
  }

  @Test
  void unbalancedMarkNeitherFailsNorSwallowsTheRest() {
    String text = "The senator said “we will see.\n\nLater, the committee said that the hearing was delayed.";
    List<Quote> quotes = quotes(text);
    assertThat(quotes).extracting(Quote::text).contains("that the hearing was delayed");
    assertThat(quotes).allSatisfy(q -> assertThat(q.end()).isLessThanOrEqualTo(text.length()));
  }

  @Test
  void partialQuoteInsideReportedSpeech() {
    String text = "The senator complained about a “wave of reckless spending” in the capital.";
    Quote quote = quotes(text).get(0);
    assertThat(quote.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(quote.cue().text()).isEqualTo("complained about");
    assertThat(speaker(text, quote)).isEqualTo("The senator");
  }

  @Test
  void mixedQuoteRunsFromParaphraseIntoWholeQuotedSentences() {
    String text = "The president promised the new dam would “certainly bring work to the valley. "
        + "We will see the first jobs in June.”";
    List<Quote> quotes = quotes(text);
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).kind()).isEqualTo(QuoteKind.MIXED);
    assertThat(quotes.get(0).text()).endsWith("in June.”");
  }

  @Test
  void scareQuotesAndTitlesAreNotQuotes() {
    String text = "Troops entered the third month of the “special” operation. The band played “Northern Lights” at the fair.";
    assertThat(quotes(text)).isEmpty();
  }

  @Test
  void indirectSpeechWithThat() {
    String text = "The finance minister said that the deficit would shrink next year.";
    Quote quote = quotes(text).get(0);
    assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(quote.text()).isEqualTo("that the deficit would shrink next year");
    assertThat(speaker(text, quote)).isEqualTo("The finance minister");
  }

  @Test
  void aVerbCueCarriesTheCueModelsProbabilityAndTheSpanModelsForItsContent() {
    Quote quote = quotes("“The talks have failed,” Maria Lindqvist said on Tuesday.").get(0);

    assertThat(quote.confidence()).isGreaterThan(0.9).isLessThanOrEqualTo(1.0);
    assertThat(quote.spanConfidence()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
  }

  @Test
  void aSpeakersLabelIsNoCueTheModelReadsSoItCarriesNoConfidence() {
    String text = "WALLACE: Welcome back to the program.\n\nHALE: Thank you for having me.\n\n"
        + "WALLACE: Let us start with the budget.";
    List<Quote> lines = quotes(text).stream().filter(q -> q.cue() != null && q.cue().text().equals(":")).toList();

    assertThat(lines).hasSize(2).allSatisfy(q -> assertThat(q.confidence()).isNull());
  }

  @Test
  void accordingToMarksItsSource() {
    String text = "According to the coast guard, three boats sank near the island.";
    Quote quote = quotes(text).get(0);
    assertThat(quote.cue().text()).isEqualTo("According to");
    assertThat(speaker(text, quote)).isEqualTo("the coast guard");
    assertThat(quote.text()).isEqualTo("three boats sank near the island");
  }

  @Test
  void toldIsACue() {
    String text = "A senior official told reporters that the ceasefire would hold.";
    Quote quote = quotes(text).get(0);
    assertThat(quote.cue().text()).isEqualTo("told");
    assertThat(speaker(text, quote)).isEqualTo("A senior official");
  }

  @Test
  void organizationStatementInIndirectSpeech() {
    String text = "The shipping alliance noted in a statement that fuel costs had doubled.";
    Quote quote = quotes(text).get(0);
    // PolNeAR marks the channel with the cue ("said in a statement"); the span model learned it.
    assertThat(quote.cue().text()).isEqualTo("noted in a statement");
    assertThat(speaker(text, quote)).isEqualTo("The shipping alliance");
    assertThat(quote.text()).isEqualTo("that fuel costs had doubled");
  }

  @Test
  void descriptorWithNameIsTheWholeSpeakerSpan() {
    String text = "Ruritanian president Anton Kovac warned that the border would stay closed.";
    Quote quote = quotes(text).get(0);
    assertThat(speaker(text, quote)).isEqualTo("Ruritanian president Anton Kovac");
    assertThat(quote.cue().text()).isEqualTo("warned");
  }

  @Test
  void speakerLinksToTheEntityWhoseMentionHoldsItsHead() {
    String text = "Ruritanian president Anton Kovac warned that the border would stay closed.";
    Entity kovac = entity("e1", "Anton Kovac", EntityType.PERSON, text, "Anton Kovac");
    Quote quote = quotes(text, List.of(kovac)).get(0);
    assertThat(quote.speaker().entity()).isEqualTo("e1");
    assertThat(quote.speaker().name()).isEqualTo("Anton Kovac");
  }

  @Test
  void speakerWithoutEntityKeepsItsSurfaceWords() {
    String text = "A senior official said the talks would resume.";
    Quote quote = quotes(text).get(0);
    assertThat(quote.speaker().entity()).isNull();
    assertThat(quote.speaker().name()).isEqualTo("A senior official");
  }

  @Test
  void pronounSpeakerResolvesToTheNearestPersonBefore() {
    String text = "Anton Kovac met the delegation in Brno on Monday.\n\n"
        + "“We have nothing to hide,” he said.";
    Entity kovac = entity("e1", "Anton Kovac", EntityType.PERSON, text, "Anton Kovac");
    Entity brno = entity("e2", "Brno", EntityType.CITY, text, "Brno");
    Quote quote = quotes(text, List.of(kovac, brno)).get(0);
    assertThat(speaker(text, quote)).isEqualTo("he");
    assertThat(quote.speaker().entity()).isEqualTo("e1");
  }

  @Test
  void theGroupResolvesToTheNearestOrganization() {
    String text = "Leaders of the Northern Trade Pact met in Oslo with Anton Kovac.\n\n"
        + "The group said in a statement that tariffs would fall.";
    Entity pact = entity("e1", "Northern Trade Pact", EntityType.ORGANIZATION, text, "Northern Trade Pact");
    Entity kovac = entity("e2", "Anton Kovac", EntityType.PERSON, text, "Anton Kovac");
    Quote quote = quotes(text, List.of(pact, kovac)).get(0);
    assertThat(speaker(text, quote)).isEqualTo("The group");
    assertThat(quote.speaker().entity()).isEqualTo("e1");
  }

  @Test
  void transcriptSpeakerLabelsAreSources() {
    String text = "HOST: Will the governor sign the bill this week?\n\nGOVERNOR: We are still reading it. "
        + "I expect a decision soon.\n\nHOST: Thank you.\n\nGOVERNOR: Thank you.";
    List<Quote> turns = quotes(text).stream().filter(q -> q.cue().text().equals(":")).toList();
    assertThat(turns).extracting(q -> speaker(text, q)).containsExactly("HOST", "GOVERNOR", "HOST", "GOVERNOR");
    assertThat(turns.get(1).text()).isEqualTo("We are still reading it. I expect a decision soon.");
  }

  @Test
  void contentBeforeSpeakerAndCueIsTheWholeLeadingClause() {
    String text = "The new tax will hurt small farms across the region, two local growers said on Monday.";
    Quote quote = quotes(text).get(0);
    assertThat(quote.text()).isEqualTo("The new tax will hurt small farms across the region");
    assertThat(speaker(text, quote)).isEqualTo("two local growers");
  }

  @Test
  void speakerAndCueInsideTheSentenceSplitTheContent() {
    String text = "The new bridge, the city engineer said, will open to traffic in the spring.";
    Quote quote = quotes(text).get(0);
    assertThat(parts(text, quote)).containsExactly("The new bridge", "will open to traffic in the spring");
    assertThat(speaker(text, quote)).isEqualTo("the city engineer");
  }

  @Test
  void offsetsMatchTheTextOnRandomInput() {
    Random random = new Random(11);
    String[] words = {"he", "said", "“", "”", "\"", "that", "the", "minister", ",", ".", "\n\n", "told", "we",
        "will", "according", "to", "Smith", "‘", "’"};
    for (int round = 0; round < 20; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 5 + random.nextInt(40); i > 0; i--) {
        text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
      }
      String input = text.toString();
      for (Quote quote : quotes(input)) {
        assertThat(input.substring(quote.start(), quote.end())).isEqualTo(quote.text());
        for (Segment part : quote.parts()) {
          assertThat(part.start()).isBetween(quote.start(), part.end());
          assertThat(part.end()).isLessThanOrEqualTo(quote.end());
        }
        if (quote.cue() != null) {
          assertThat(input.substring(quote.cue().start(), quote.cue().end())).isEqualTo(quote.cue().text());
        }
      }
    }
  }

  @Test
  void cueTakesThePrepositionOfCalledFor() {
    String text = "The mayor called for the council to fix the bridge.";
    List<Quote> quotes = quotes(text);
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).cue().text()).isEqualTo("called for");
    assertThat(quotes.get(0).text()).isEqualTo("the council to fix the bridge");
  }

  @Test
  void verbBeforeACueVerbJoinsTheCue() {
    String text = "The senator appeared to suggest that the vote would be delayed.";
    List<Quote> quotes = quotes(text);
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).cue().text()).isEqualTo("appeared to suggest");
    assertThat(speaker(text, quotes.get(0))).isEqualTo("The senator");
    assertThat(quotes.get(0).text()).isEqualTo("that the vote would be delayed");
  }

  @Test
  void dashAsideClosesTheContent() {
    String text = "The governor said the plan would save millions -- a figure that critics dispute.";
    List<Quote> quotes = quotes(text);
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text()).isEqualTo("the plan would save millions");
  }

  @Test
  void learnedCuesStillFindAPlainSaidQuote() {
    String text = "“The talks have failed,” Maria Lindqvist said on Tuesday.";
    Annotated annotated = TestAnnotator.get().annotate(text, null);
    List<Quote> quotes = new QuoteStage(QuoteConfig.defaults().withLearnedCues(0.3)).quotes(annotated, List.of());
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).cue().text()).isEqualTo("said");
  }
  @Test
  void anAskThatIsAPlanIsNoCueEvenForAFrequentCueVerb() {
    String text = "The downtown merchants' association said in a statement that it would ask the council to add "
        + "loading zones for deliveries.";
    List<Quote> quotes = quotes(text);
    assertThat(quotes).extracting(quote -> quote.cue().text()).containsExactly("said in a statement");
  }

  @Test
  void reportingNumbersToABoardIsNoCue() {
    String text = "Helen Park said the library would count visitors each night and report the numbers to the board "
        + "in June.";
    List<Quote> quotes = quotes(text);
    assertThat(quotes).extracting(quote -> quote.cue().text()).containsExactly("said");
  }
  @Test
  void aPollReportsWhatTheClauseAroundItFound() {
    String text = "In a Gallup poll released Monday, the mayor led her rival by six points.";
    List<Quote> quotes = quotes(text);
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).cue().text()).isEqualTo("In");
    assertThat(speaker(text, quotes.get(0))).isEqualTo("a Gallup poll released Monday");
    assertThat(quotes.get(0).text()).isEqualTo("the mayor led her rival by six points");
  }
  @Test
  void aHeadlineSpeakerMayBeACommonNounAfterATag() {
    String text = "EXCLUSIVE – Harbor chief: Dredging will start in May\n\nThe port authority approved the plan on "
        + "Tuesday.";
    List<Quote> quotes = quotes(text);
    assertThat(quotes).isNotEmpty();
    assertThat(speaker(text, quotes.get(0))).isEqualTo("Harbor chief");
    assertThat(quotes.get(0).cue().text()).isEqualTo(":");
    assertThat(quotes.get(0).text()).isEqualTo("Dredging will start in May");
  }

  @Test
  void aCouncilVotingToBuildIsNoQuote() {
    assertThat(quotes("The Ridgemont council voted 6-1 on Tuesday to build a fire station on Oak Street.")).isEmpty();
  }

  @Test
  void aBoardRejectingAnIdeaByVoteIsNoQuote() {
    assertThat(quotes("The Lakeside school board rejected that idea by a vote of 5 to 2.")).isEmpty();
  }

  @Test
  void aCommissionApprovingAPlanIsNoQuote() {
    assertThat(quotes("The county commission approved a $12 million plan to repave River Road.")).isEmpty();
  }

  @Test
  void anAuthorityAgreeingToActIsNoQuote() {
    assertThat(quotes("The Valley Transit Authority agreed to extend bus service to the airport.")).isEmpty();
  }

  @Test
  void aDecisionJoinedToAVoteIsNoQuoteEither() {
    String text = "The board rejected that idea by a vote of 5 to 2, but agreed to expand a repair program for about "
        + "900 older homes.";
    assertThat(quotes(text)).isEmpty();
  }

  @Test
  void anApprovalFollowedByAnAsideIsNoQuote() {
    String text = "The Eastport harbor commission on Monday approved a $20 million plan to widen the city’s main "
        + "channel, a project officials say will let larger ships dock there for the first time.";
    assertThat(quotes(text)).extracting(quote -> quote.cue().text()).doesNotContain("approved");
  }

  @Test
  void aBodyThatSaysSomethingIsStillQuoted() {
    String text = "The council said it would vote on the plan in May.";
    List<Quote> quotes = quotes(text);
    assertThat(quotes).extracting(quote -> quote.cue().text()).containsExactly("said");
    assertThat(quotes.get(0).text()).isEqualTo("it would vote on the plan in May");
  }

  @Test
  void aQuotationSignedWithADashIsItsSignersQuote() {
    String text = "Riders on the new bus routes.\n\n“The new route saves me twenty minutes. I think the city got it "
        + "right.” ― Maria Gonzalez\n“I miss the old stop by the library.”― Tom Becker.\n";
    List<Quote> quotes = quotes(text);
    assertThat(quotes).extracting(quote -> speaker(text, quote)).containsExactly("Maria Gonzalez", "Tom Becker");
    assertThat(quotes).extracting(quote -> quote.cue().text()).containsExactly("―", "―");
    assertThat(quotes.get(0).text())
        .isEqualTo("“The new route saves me twenty minutes. I think the city got it right.”");
    assertThat(quotes.get(1).text()).isEqualTo("“I miss the old stop by the library.”");
  }

  @Test
  void aClaimThatIsItsOwnersAttribution() {
    String text = "The ruling followed Mayor Lena Ortiz's claim that the budget was balanced.";
    List<Quote> quotes = quotes(text);
    assertThat(quotes).extracting(quote -> quote.cue().text()).containsExactly("claim");
    assertThat(speaker(text, quotes.get(0))).isEqualTo("Mayor Lena Ortiz's");
    assertThat(quotes.get(0).text()).isEqualTo("that the budget was balanced");
  }

  @Test
  void aClaimOfNoOneInParticularIsNoQuote() {
    assertThat(quotes("The ruling put to rest the claim that the budget was balanced.")).isEmpty();
  }

  @Test
  void aTallyOfDelegatesIsNoQuote() {
    assertThat(quotes("Delegates so far\n\nMaria Lopez: 1,769\nDaniel Brooks: 1,501\n")).isEmpty();
  }

  @Test
  void aHeadlinesKickerIsNoSpeaker() {
    String text = "Breaking: Storm closes schools across the county\n\nSchools will stay closed on Friday.";
    assertThat(quotes(text)).extracting(quote -> quote.cue().text()).doesNotContain(":");
  }

  @Test
  void aColumnTitleOpeningAHeadlineIsNoSpeaker() {
    String text = "The Latest: Flood waters reach the old mill\n\nThe river rose two feet overnight.";
    assertThat(quotes(text)).extracting(quote -> quote.cue().text()).doesNotContain(":");
  }
}
