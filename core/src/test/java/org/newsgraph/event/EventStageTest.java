package org.newsgraph.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Event;
import org.newsgraph.nlp.TestAnnotator;
import org.newsgraph.pipeline.Layers;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StandardPipeline;

/** Events of short news texts through the standard pipeline: types, actors as entities, date, place, flags. */
class EventStageTest {

  private static Pipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = StandardPipeline.build(TestAnnotator.get());
  }

  private static Analysis analyze(String text) throws Exception {
    return pipeline.analyze(new RawDocument("story.txt", text, InputFormat.TEXT,
        new SourceMetadata(null, null, null, "2023-03-14")));
  }

  private static Event first(Analysis analysis, String type) {
    return analysis.events().stream().filter(e -> e.type().equals(type)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " in " + analysis.events()));
  }

  @Test
  void declaresItsLayers() {
    EventStage stage = new EventStage(EventModel.load());
    assertThat(stage.produces()).isEqualTo(Layers.EVENTS);
    assertThat(stage.requires()).containsExactlyInAnyOrder(Layers.ARTICLE, Layers.ANNOTATED, Layers.ENTITIES,
        Layers.LINKS, Layers.TIMES, Layers.QUOTES);
  }

  @Test
  void anEventAQuotedSpeakerReportsNamesTheQuote() throws Exception {
    Analysis analysis = analyze("“Chinese Foreign Minister Wang Yi met Indian officials in Geneva on Monday,” "
        + "a ministry spokesman said.\n\nLater, Indian officials met Pakistani diplomats in Vienna.");

    assertThat(analysis.quotes()).isNotEmpty();
    String quoteId = analysis.quotes().get(0).id();
    assertThat(analysis.events()).anyMatch(e -> quoteId.equals(e.reportedBy()));
    assertThat(analysis.events()).anyMatch(e -> e.reportedBy() == null);
  }

  @Test
  void anEventScoresTheWeightOfThePatternThatCodedIt() throws Exception {
    Event arrest = first(analyze("Police arrested three protesters outside parliament."), "COERCE");
    Event meeting = first(analyze("Chinese Foreign Minister Wang Yi met Indian officials in Geneva on Monday."),
        "CONSULT");

    assertThat(arrest.score()).isPositive(); // a pattern with the police as its source
    assertThat(meeting.score()).isZero(); // the verb's own code
  }

  @Test
  void codesAMeetingBetweenEntitiesWithPlaceAndTheSentencesDate() throws Exception {
    Analysis analysis = analyze("Chinese Foreign Minister Wang Yi met Indian officials in Geneva on Monday.");

    Event event = first(analysis, "CONSULT");
    assertThat(event.actor().code()).startsWith("CHN");
    assertThat(event.actor().name()).isEqualTo("Wang Yi");
    assertThat(event.recipient().code()).startsWith("IND");
    assertThat(event.place()).isEqualTo("Geneva");
    assertThat(event.date()).isEqualTo("2023-03-13");
    assertThat(event.dateFromArticle()).isFalse();
    assertThat(event.id()).isEqualTo("v1");
  }

  @Test
  void datesAnEventByTheArticleWhenItsSentenceNamesNoDate() throws Exception {
    Event event = first(analyze("Turkey accused Greece of violating its airspace."), "ACCUSE");

    assertThat(event.date()).isEqualTo("2023-03-14");
    assertThat(event.dateFromArticle()).isTrue();
  }

  @Test
  void flagsAPlannedEventAsFuture() throws Exception {
    List<Event> events = analyze("Germany will impose sanctions on Russia.").events();

    assertThat(events).isNotEmpty().allMatch(Event::future);
  }

  @Test
  void flagsAConditionalEventAsHypothetical() throws Exception {
    List<Event> events = analyze("Iran would attack Israel if the talks failed.").events();

    // An attack held out as possible is a threat (PLOVER THREATEN), flagged hypothetical.
    assertThat(events).filteredOn(e -> e.type().equals("THREATEN")).isNotEmpty().allMatch(Event::hypothetical);
  }

  @Test
  void evidenceIsTheVerbPhraseInTheText() throws Exception {
    Analysis analysis = analyze("Turkey accused Greece of violating its airspace.");
    Event event = first(analysis, "ACCUSE");

    assertThat(analysis.article().text().substring(event.evidence().start(), event.evidence().end()))
        .startsWith("accused");
  }

  @Test
  void codesAClausalSubjectWhosePronounSubjectClimbsBackWithoutLooping() throws Exception {
    List<Event> events = analyze("That they attacked the embassy angered China. What he said worried Japan.")
        .events();

    assertThat(events).allMatch(e -> e.actor() != null);
  }

  @Test
  void aRecipientTheDictionariesDoNotKnowIsTheDocumentEntity() throws Exception {
    Analysis analysis = analyze("Hungary criticized Marek Novotny over the energy plan.");
    Event event = first(analysis, "ACCUSE");

    assertThat(event.recipient().name()).isEqualTo("Marek Novotny");
    assertThat(event.recipient().code()).isNull();
  }

  @Test
  void aPromisedResponseIsAThreat() throws Exception {
    Event event = first(analyze("Iran promised that any strike by Israel would meet a harsh response."),
        "THREATEN");

    assertThat(event.actor().code()).startsWith("IRN");
  }

  @Test
  void aStatementThatAnotherMustActIsADemand() throws Exception {
    Event event = first(analyze("Germany said Hungary must lift its veto."), "REQUEST");

    assertThat(event.actor().code()).startsWith("DEU");
    assertThat(event.recipient().code()).startsWith("HUN");
    assertThat(event.cameo()).isEqualTo("100");
  }

  @Test
  void aNameSetBesideADescriptorIsTheActorTheDescriptorMeans() throws Exception {
    Event event = first(analyze("French President Emmanuel Macron hosted a summit of the Paris-led military "
        + "coalition, the Sahel Security Force (SSF), on Friday on the tenth anniversary of its creation."), "CONSULT");

    assertThat(event.actor().name()).isEqualTo("Emmanuel Macron");
    assertThat(event.recipient().name()).isEqualTo("Sahel Security Force");
  }

  @Test
  void theNextSentenceGivesThePlaceWhenItContinuesTheEventOnTheSameDay() throws Exception {
    Event event = first(analyze("Indian Prime Minister Narendra Modi hosted a meeting of the Delhi-led military "
        + "alliance, the South Asian Defense Pact (SADP), on Friday.\n\nDefense ministers from Nepal and Bhutan "
        + "joined Modi on Friday in Mumbai to discuss border security."), "CONSULT");

    assertThat(event.place()).isEqualTo("Mumbai");
  }

  @Test
  void theNextSentenceGivesNoPlaceWhenItTellsOfAnotherDay() throws Exception {
    Event event = first(analyze("Indian Prime Minister Narendra Modi hosted a meeting of the Delhi-led military "
        + "alliance, the South Asian Defense Pact (SADP), on Friday.\n\nOn Sunday, Modi spoke to students in "
        + "Mumbai."), "CONSULT");

    assertThat(event.place()).isNull();
  }

  @Test
  void aPromisedResponseIsAThreatWhenTheParserTakesThePromiseForAClausalSubject() throws Exception {
    Event event = first(analyze("Iran complained about the blockade and promised the expansion of NATO would "
        + "provoke a response."), "THREATEN");

    assertThat(event.actor().code()).startsWith("IRN");
    assertThat(event.recipient().code()).isEqualTo("IGOWSTNAT");
  }

  @Test
  void theAdministrationIsTheGovernmentOfTheCountryAnEarlierMentionNamed() throws Exception {
    Event event = first(analyze("The Biden administration is focused on arming Ukraine, U.S. officials said. "
        + "The administration has already provided $300 million in security assistance to Ukraine this year."),
        "AID");

    assertThat(event.actor().code()).isEqualTo("USAGOV");
    assertThat(event.recipient().code()).startsWith("UKR");
  }

  @Test
  void aLinkedLeaderTheDictionariesDoNotCodeGetsTheKnowledgeBaseCode() throws Exception {
    Analysis analysis = analyze("Ukrainian President Volodymyr Zelensky visited Warsaw on Monday.\n\n"
        + "Zelensky criticized Hungary over the veto.");
    Event event = first(analysis, "ACCUSE");

    assertThat(event.actor().name()).isEqualTo("Volodymyr Zelensky");
    assertThat(event.actor().code()).isEqualTo("UKRGOV");
  }

  @Test
  void aConjoinedActorTheDictionariesDoNotKnowSharesTheEventOfOneTheyKnow() throws Exception {
    List<Event> events = analyze("Marek Novotny and Poland condemned the new sanctions.").events();

    assertThat(events).extracting(e -> e.actor().name()).contains("Marek Novotny", "Poland");
  }

  @Test
  void anActorTheDictionariesDoNotKnowActingOnNoOneIsNoEvent() throws Exception {
    List<Event> events = analyze("Marek Novotny condemned the new sanctions.").events();

    assertThat(events).isEmpty();
  }

  @Test
  void twoActorsTheDictionariesDoNotKnowMakeAnEvent() throws Exception {
    Event event = first(analyze("Marek Novotny criticized Anna Kowalczyk over the energy plan."), "ACCUSE");

    assertThat(event.actor().name()).isEqualTo("Marek Novotny");
    assertThat(event.recipient().name()).isEqualTo("Anna Kowalczyk");
  }

  @Test
  void conjoinedRecipientsEachGetTheirOwnEventWithTheSameEvidence() throws Exception {
    List<Event> events = analyze("Hungary criticized Marek Novotny and Anna Kowalczyk over the energy plan.")
        .events().stream().filter(e -> e.type().equals("ACCUSE")).toList();

    assertThat(events).extracting(e -> e.recipient().name()).containsExactlyInAnyOrder("Marek Novotny",
        "Anna Kowalczyk");
    assertThat(events).extracting(Event::evidence).containsOnly(events.get(0).evidence());
  }

  @Test
  void aNationalityAdjectiveCodesTheCountryWithTheAgentItsNounNames() throws Exception {
    Event event = first(analyze("Moldovan troops shelled the village overnight."), "ASSAULT");

    assertThat(event.actor().code()).isEqualTo("MDAMIL");
  }

  @Test
  void aCrowdCountedByAQuantityNounIsItsOfComplement() throws Exception {
    Event event = first(analyze("Hundreds of Georgian protesters staged a rally outside parliament on Friday."),
        "PROTEST");

    assertThat(event.actor().code()).isEqualTo("GEOOPP");
  }

  @Test
  void aPluralDemonymIsItsCountrysPeople() throws Exception {
    Event event = first(analyze("Thousands of Chileans staged a protest outside the presidential palace."),
        "PROTEST");

    assertThat(event.actor().name()).isEqualTo("Chileans");
    assertThat(event.actor().code()).isEqualTo("CHL");
  }

  @Test
  void aPronounSubjectOfAReportedClauseIsTheSpeaker() throws Exception {
    Event event = first(analyze("Moldova said on Monday that its troops had completed their withdrawal from the "
        + "border villages."), "RETREAT");

    assertThat(event.actor().code()).startsWith("MDA");
  }

  @Test
  void everyEventCarriesAConfidenceOfAtLeastTheDefaultThreshold() throws Exception {
    Event event = first(analyze("Turkey accused Greece of violating its airspace."), "ACCUSE");

    assertThat(event.confidence()).isBetween(EventStage.DEFAULT_THRESHOLD, 1.0);
  }

  @Test
  void callingAPlanADisasterIsNoPhoneCall() throws Exception {
    List<Event> events = analyze("Senator Maria Lopez called Governor Tom Reyes on Monday about the budget plan.")
        .events();

    assertThat(events).noneMatch(e -> e.type().equals("CONSULT"));
  }

  @Test
  void aPassiveWithoutItsAgentNamesNoActor() throws Exception {
    List<Event> events = analyze("Two Norland soldiers were killed near the Southia border on Tuesday.").events();

    assertThat(events).noneMatch(e -> e.type().equals("ASSAULT"));
  }

  @Test
  void aRatingThatDeclinedRefusedNothing() throws Exception {
    List<Event> events = analyze("President Anna Berg's approval rating declined from 58 percent to 55 percent.")
        .events();

    assertThat(events).noneMatch(e -> e.type().equals("REJECT"));
  }

  @Test
  void aCityWhereSomethingWasSaidIsItsPlaceNotItsRecipient() throws Exception {
    Event event = first(analyze("Former Governor Tom Reyes criticized the health law during a campaign stop in "
        + "Dayton on Monday."), "ACCUSE");

    assertThat(event.recipient() == null ? null : event.recipient().name()).isNotEqualTo("Dayton");
  }

  @Test
  void aPlainAccusationBetweenStatesIsKept() throws Exception {
    Event event = first(analyze("Moldova condemned Russia on Friday for the shelling of border villages."),
        "ACCUSE");

    assertThat(event.actor().code()).startsWith("MDA");
    assertThat(event.recipient().code()).startsWith("RUS");
  }

  @Test
  void aHeadlineThatAnnouncesAnActIsFuture() throws Exception {
    Event event = first(analyze("Moldova to investigate Russian shelling of border villages"), "ACCUSE");

    assertThat(event.future()).isTrue();
  }

  @Test
  void aCountryNamedWhereTheTargetsWereIsNotTheRecipient() throws Exception {
    Event event = first(analyze("Nigerian fighter jets bombed the camps of two rebel commanders along the "
        + "Cameroonian border on Sunday."), "ASSAULT");

    assertThat(event.recipient().name()).endsWith("commanders");
    assertThat(event.recipient().code()).doesNotStartWith("CMR");
  }

  @Test
  void positionsInAnUncodedAreaAreTheirHoldersNotTheArea() throws Exception {
    Event event = first(analyze("Syrian jets hit rebel positions in the Zabadani area on Monday."), "ASSAULT");

    assertThat(event.recipient().name()).isEqualTo("rebel positions");
  }

  @Test
  void callingSomeoneALiarIsCriticismOfThem() throws Exception {
    List<Event> events = analyze("Prime Minister Jan Novak called the opposition leader a liar on Tuesday.").events();

    Event event = events.stream().filter(e -> e.type().equals("ACCUSE")).findFirst().orElseThrow();
    assertThat(event.actor().name()).isEqualTo("Jan Novak");
    assertThat(event.recipient().name()).isEqualTo("leader");
    assertThat(events).noneMatch(e -> e.type().equals("REQUEST"));
  }

  @Test
  void callingSomeoneAHeroIsPraiseOfThem() throws Exception {
    Event event = first(analyze("Prime Minister Jan Novak called Senator Maria Lopez a hero on Tuesday."),
        "SUPPORT");

    assertThat(event.actor().name()).isEqualTo("Jan Novak");
    assertThat(event.recipient().name()).isEqualTo("Maria Lopez");
  }

  @Test
  void callingAPlanADisasterCriticizesNoOneTheArticleNames() throws Exception {
    List<Event> events = analyze("Governor Tom Reyes called the budget plan a disaster.").events();

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo("ACCUSE");
      assertThat(e.actor().name()).isEqualTo("Tom Reyes");
      assertThat(e.recipient()).isNull();
    });
  }

  @Test
  void callingSomeoneAWordOfNoValenceIsNoEvent() throws Exception {
    List<Event> events = analyze("Senator Maria Lopez called Governor Tom Reyes a candidate of the old guard.")
        .events();

    assertThat(events).isEmpty();
  }

  @Test
  void theSidesOfClashesThatKilledPeopleAreTheActors() throws Exception {
    List<Event> events = analyze("At least 12 people were killed in clashes between police and protesters in the "
        + "capital on Sunday.").events();

    assertThat(events).extracting(e -> e.type() + " " + e.actor().name() + " " + e.recipient())
        .containsExactlyInAnyOrder("ASSAULT police null", "ASSAULT protesters null");
  }

  @Test
  void anAmbushByRebelsThatKilledSoldiersIsTheRebelsAssault() throws Exception {
    Event event = first(analyze("Four soldiers were killed in an ambush by rebels near the border on Monday."),
        "ASSAULT");

    assertThat(event.actor().name()).isEqualTo("rebels");
    assertThat(event.recipient().name()).isEqualTo("soldiers");
  }

  @Test
  void aHeadlineRunIntoTheFirstSentenceStillAnnouncesItsAct() throws Exception {
    Event event = first(analyze("Moldova to investigate Russian shelling It is too early to say who fired the "
        + "shells, officials said."), "ACCUSE");

    assertThat(event.future()).isTrue();
  }

  @Test
  void aPronounSubjectTheEntityStageResolvedIsTheActor() throws Exception {
    Event event = first(analyze("Prime Minister Viktor Orban spoke in Budapest on Monday. He criticized Ukraine "
        + "over its language law."), "ACCUSE");

    assertThat(event.actor().name()).isEqualTo("Viktor Orban");
    assertThat(event.recipient().code()).startsWith("UKR");
  }

  @Test
  void aPossessiveBeforeTheActorsNounGivesItsCountry() throws Exception {
    Event event = first(analyze("Moldova said on Tuesday that its forces had attacked rebel positions overnight."),
        "ASSAULT");

    assertThat(event.actor().code()).startsWith("MDA");
  }

  @Test
  void aCountryNamedAlongTheBorderWhereTheOffensiveRanIsNotItsRecipient() throws Exception {
    Event event = first(analyze("Pakistan's army launched a series of offensives along the Afghan border on "
        + "Sunday."), "ASSAULT");

    assertThat(event.recipient()).isNull();
  }

  @Test
  void anActNamingNoOneIsNoActor() throws Exception {
    List<Event> events = analyze("A series of military offensives has failed to dislodge the rebels from the "
        + "hills.").events();

    assertThat(events).noneMatch(e -> e.type().equals("REJECT"));
  }

  @Test
  void anActThatNamesItsStateIsThatStatesAct() throws Exception {
    Event event = first(analyze("Russian air strikes killed at least 12 fighters near Idlib on Sunday."), "ASSAULT");

    assertThat(event.actor().code()).startsWith("RUS");
  }

  @Test
  void someoneAddressedIsNoActor() throws Exception {
    List<Event> events = analyze("At the rally she said: \u201cGovernor Marsh, thank you for standing with the "
        + "workers of this state.\u201d").events();

    assertThat(events).noneMatch(e -> e.type().equals("SUPPORT"));
  }

  @Test
  void aNameBeforeItsVerbWithACommaAsideStillActs() throws Exception {
    Event event = first(analyze("Germany, the largest member of the bloc, criticized Hungary over the veto on "
        + "Monday."), "ACCUSE");

    assertThat(event.actor().code()).startsWith("DEU");
  }

  @Test
  void aNameADescriptionFollowsIsTheActorNotAnOrganizationTheDescriptionNames() throws Exception {
    Analysis analysis = analyze("Anna Bishop spoke to reporters in Prague on Monday.\n\nBishop, a former "
        + "Democratic National Committee chairman and presidential candidate, poked at Poland's prime minister "
        + "during the debate.");

    Event event = first(analysis, "ACCUSE");
    assertThat(event.actor().name()).isEqualTo("Anna Bishop");
  }

  @Test
  void aJudgmentOfALawOrSystemHasNoRecipient() throws Exception {
    Event event = first(analyze("Former Polish President Andrzej Nowak calls Polcare ‘crazy system’ during "
        + "campaign stop."), "ACCUSE");

    assertThat(event.recipient()).isNull();
  }

  @Test
  void aDemandForTheRepealOfALawIsNotAddressedToTheLaw() throws Exception {
    Event event = first(analyze("German Chancellor Olaf Scholz has called for the complete repeal of Polcare."),
        "REQUEST");

    assertThat(event.recipient()).isNull();
  }

  @Test
  void refugeesTakenInAreAid() throws Exception {
    Event event = first(analyze("Canada accepted 4,000 Afghan refugees last year, the ministry said."), "AID");

    assertThat(event.actor().code()).startsWith("CAN");
  }

  @Test
  void thoseAnInvestigationAsksAboutAreNotItsRecipient() throws Exception {
    Event event = first(analyze("Police were investigating whether the two soldiers were part of the gang, a "
        + "spokesman said."), "ACCUSE");

    assertThat(event.recipient()).isNull();
  }

  @Test
  void aStatementThatANamedPartyIsRightIsPraise() throws Exception {
    Event event = first(analyze("Retired General Anna Kowalczyk said Marek Novotny was \u201cabsolutely right\u201d "
        + "about the army."), "SUPPORT");

    assertThat(event.actor().name()).isEqualTo("Anna Kowalczyk");
    assertThat(event.recipient().name()).isEqualTo("Marek Novotny");
  }

  @Test
  void aStatementJudgingAPlanIsNoEvent() throws Exception {
    List<Event> events = analyze("Marek Novotny said the pension plan was outrageous.").events();

    assertThat(events).noneMatch(e -> e.type().equals("ACCUSE"));
  }

  @Test
  void attacksContinuedAreAnAttack() throws Exception {
    List<Event> events = analyze("Talks broke down on Monday, and the militants have continued their attacks.")
        .events();

    assertThat(events).anyMatch(e -> e.type().equals("ASSAULT") && e.actor().code() != null
        && e.actor().code().contains("UAF"));
  }

  @Test
  void aPassiveRelativeClauseWithItsAgentIsAnEventDoneToTheNounItModifies() throws Exception {
    Event event = first(analyze("The song recalls the death of Marek Novotny, who was shot 19 times by three "
        + "Warsaw police officers."), "ASSAULT");

    assertThat(event.recipient().name()).isEqualTo("Marek Novotny");
  }

  @Test
  void willingnessSignaledIsAnAgreement() throws Exception {
    List<Event> events = analyze("The Polish government has publicly signaled willingness to change the pension "
        + "law.").events();

    assertThat(events).anyMatch(e -> e.type().equals("AGREE") && e.actor().code().startsWith("POL"));
  }

  @Test
  void callingSomeoneDeplorableIsCriticism() throws Exception {
    Event event = first(analyze("At a rally in Warsaw, Marek Novotny called Anna Kowalczyk \u201cdeplorable.\u201d"),
        "ACCUSE");

    assertThat(event.recipient().name()).isEqualTo("Anna Kowalczyk");
  }
}
