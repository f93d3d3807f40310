package org.newsgraph.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.TestAnnotator;

class EventCoderTest {

  private static final String VERBS = """
      &AIDWORDS
      +FOOD AID
      +MEDICINE

      --- ACCUSE  [112] ---
      ACCUSE
      CRITICIZE {CRITICISED}

      --- SEND  [---] ---
      SEND {SENT}
      - * &AIDWORDS TO +  [073]

      --- MEET  [036:036] ---
      MEET {MET}

      --- RELEASE  [066] ---
      RELEASE
      - + WAS * FROM $  [0661]

      --- HOLD  [---] ---
      HOLD {HELD}
      - % * TALKS  [040]
      """;

  private static final String ACTORS = """
      NORLAND [NRL]
      +NORLANDIC
      +HIGHLANDER
      ESTONIA [EST]
      +ESTONIAN
      SOUTHIA [STH]
      EASTMARK [EMK]
      SAO_VICENTE [SVC]
      JOHAN_VESTBY
      \t[NRLOPP <20150101]
      \t[NRLGOV >20150101]
      """;

  private static final String AGENTS = """
      FOREIGN_MINISTER [~GOVFRM]
      POLICE {} [~COP]
      GOVERNMENT [~GOV]
      RELIEF_AGENCY [NGO~]
      """;

  private static final LocalDate DATE = LocalDate.of(2024, 3, 14);

  private final EventCoder coder = new EventCoder(new EventDictionaries(
      new VerbDictionaryReader(ParseMode.STRICT, w -> {}).read("verbs", new StringReader(VERBS)),
      ActorDictionary.of(new ActorDictionaryReader(ParseMode.STRICT, w -> {}).read("actors",
          new StringReader(ACTORS))),
      AgentDictionary.of(new AgentDictionaryReader(ParseMode.STRICT, w -> {}).read("agents",
          new StringReader(AGENTS))),
      DiscardList.read("discards", new StringReader("FOOTBALL\n"), ParseMode.STRICT, w -> {})));

  private List<String> code(String text, LocalDate date, boolean requireDyad) {
    Annotated annotated = TestAnnotator.get().annotate(text, date);
    return annotated.sentences().stream()
        .flatMap(s -> coder.code(annotated, s, date, new CoderOptions(requireDyad)).codings().stream())
        .map(c -> c.source() + " " + c.target() + " " + c.cameo())
        .toList();
  }

  private List<String> code(String text) {
    return code(text, DATE, true);
  }

  @Test
  void aNameMatchesItsDictionaryEntryWhateverItsAccents() {
    assertThat(code("São Vicente accused Southia of violating the border agreement on Tuesday."))
        .containsExactly("SVC STH 112");
  }

  @Test
  void codesSubjectVerbAndObject() {
    assertThat(code("Norland accused Southia of violating the border agreement on Tuesday."))
        .containsExactly("NRL STH 112");
  }

  @Test
  void combinesActorAndAgentCodes() {
    assertThat(code("The Norlandic foreign minister criticised the Southia police on Monday."))
        .containsExactly("NRLGOVFRM STHCOP 112");
  }

  @Test
  void agentCodeWithTrailingTildeGoesBeforeTheActor() {
    assertThat(code("A Norland relief agency accused Southia of blocking roads."))
        .containsExactly("NGONRL STH 112");
  }

  @Test
  void aPluralPeopleIsTheActorItsSingularNames() {
    assertThat(code("Estonians accused Southia of lying about the dam."))
        .containsExactly("EST STH 112");
  }

  @Test
  void aLowerCasePluralIsNotReadAsAPeople() {
    assertThat(code("The highlanders accused Southia of lying about the dam.", DATE, false))
        .containsExactly("--- STH 112");
  }

  @Test
  void aForceLedByAnActorIsThatActor() {
    assertThat(code("Norland-led forces accused Southia of lying about the dam."))
        .containsExactly("NRL STH 112");
  }

  @Test
  void aPeopleOfAPlaceIsCodedAsThePlace() {
    assertThat(code("The Estonians of Southia accused Norland of neglect."))
        .containsExactly("STH NRL 112");
  }

  @Test
  void aPeopleInAPlaceIsCodedAsThePlace() {
    assertThat(code("Ethnic Estonians in Southia accused Norland of neglect."))
        .containsExactly("STH NRL 112");
  }

  @Test
  void conjoinedSubjectsGiveOneEventEach() {
    assertThat(code("Norland and Eastmark accused Southia of lying."))
        .containsExactlyInAnyOrder("NRL STH 112", "EMK STH 112");
  }

  @Test
  void patternWithSynsetRefinesTheCodeAndPointsAtTheTarget() {
    assertThat(code("Norland sent medicine to Southia last week."))
        .containsExactly("NRL STH 073");
  }

  @Test
  void reciprocalCodeGivesTheReverseEvent() {
    assertThat(code("Norland met Southia in Geneva."))
        .containsExactlyInAnyOrder("NRL STH 036", "STH NRL 036");
  }

  @Test
  void passiveWithByPhraseMakesTheAgentTheSource() {
    assertThat(code("Southia was accused by Norland of hiding weapons."))
        .containsExactly("NRL STH 112");
  }

  @Test
  void targetAndSourceMarkersBindWhereThePatternSays() {
    assertThat(code("Johan Vestby was released from Southia on Friday."))
        .containsExactly("STH NRLGOV 0661");
  }

  @Test
  void compoundMarkerPairsTheMembersOfTheSubject() {
    assertThat(code("Norland and Southia held talks in Eastmark."))
        .containsExactlyInAnyOrder("NRL STH 040", "STH NRL 040");
  }

  @Test
  void actorCodeFollowsTheSentencesDate() {
    assertThat(code("Johan Vestby accused Southia of fraud.", LocalDate.of(2010, 6, 1), true))
        .containsExactly("NRLOPP STH 112");
  }

  @Test
  void requireDyadDropsEventsWithoutATarget() {
    String text = "The government criticised the plan.";

    assertThat(code(text)).isEmpty();
    assertThat(code(text, DATE, false)).containsExactly("---GOV --- 112");
  }

  @Test
  void negatedVerbIsFlagged() {
    Annotated annotated = TestAnnotator.get().annotate("Norland did not accuse Southia of anything.", DATE);

    List<Coding> codings = coder.code(annotated, annotated.sentences().get(0), DATE, CoderOptions.defaults())
        .codings();

    assertThat(codings).singleElement().satisfies(c -> assertThat(c.negated()).isTrue());
  }

  @Test
  void evidenceSpanCoversTheVerbAndThePatternWords() {
    String text = "Norland sent food aid to Southia.";
    Annotated annotated = TestAnnotator.get().annotate(text, DATE);

    Coding coding = coder.code(annotated, annotated.sentences().get(0), DATE, CoderOptions.defaults())
        .codings().get(0);

    assertThat(text.substring(coding.start(), coding.end())).isEqualTo("sent food aid to");
  }

  @Test
  void discardPhraseKeepsTheSentenceUncoded() {
    Annotated annotated = TestAnnotator.get().annotate("Norland accused Southia of cheating at football.", DATE);

    SentenceCodings result = coder.code(annotated, annotated.sentences().get(0), DATE, CoderOptions.defaults());

    assertThat(result.codings()).isEmpty();
    assertThat(result.discard()).hasValueSatisfying(hit -> assertThat(hit.phrase()).isEqualTo("FOOTBALL"));
  }

  @Test
  void verbsOutsideTheDictionaryCodeNothing() {
    assertThat(code("Norland praised Southia for its patience.")).isEmpty();
  }
}
