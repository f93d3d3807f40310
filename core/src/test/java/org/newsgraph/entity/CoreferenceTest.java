package org.newsgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.nlp.TestAnnotator;

class CoreferenceTest {

  private static final EntityStage STAGE = new EntityStage();

  private static List<Entity> entities(String text) {
    return STAGE.entities(TestAnnotator.get().annotate(text, LocalDate.of(2024, 5, 6)), null);
  }

  private static Entity named(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  /** The entity holding a mention of {@code kind} that starts at {@code text}'s {@code nth} occurrence of words. */
  private static Optional<Entity> referredAt(List<Entity> entities, String text, String words, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(words, at + 1);
    }
    int start = at;
    return entities.stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.start() == start && !m.kind().isName()))
        .findFirst();
  }

  @Test
  void heIsTheManNamedBefore() {
    String text = "Senator Tom Reyes met Governor Ana Duarte on Monday. He said the bridge would open in May.";
    List<Entity> found = entities(text);

    assertThat(referredAt(found, text, "He", 0)).map(Entity::name).contains("Tom Reyes");
    Mention he = named(found, "Tom Reyes").mentions().stream().filter(m -> m.text().equals("He")).findFirst()
        .orElseThrow();
    assertThat(he.kind()).isEqualTo(MentionKind.PRONOUN);
    assertThat(text.substring(he.start(), he.end())).isEqualTo("He");
  }

  @Test
  void sheSkipsAManWhoSpokeFirst() {
    String text = "Mr. Paul Hart introduced Maria Lopez to the council. She thanked the members for their support.";

    assertThat(referredAt(entities(text), text, "She", 0)).map(Entity::name).contains("Maria Lopez");
  }

  @Test
  void anObjectPronounIsNotItsOwnVerbsSubject() {
    String text = "Carl Boyd arrived late to the hearing. Tom Reyes praised him anyway.";

    assertThat(referredAt(entities(text), text, "him", 0)).map(Entity::name).contains("Carl Boyd");
  }

  @Test
  void itsIsTheOrganizationNamedBefore() {
    String text = "The European Union met in Brussels on Friday and extended its sanctions for six months.";

    assertThat(referredAt(entities(text), text, "its", 0)).map(Entity::name).contains("European Union");
  }

  @Test
  void anItThatActsRefersButAnExpletiveItDoesNot() {
    String text = "Norvik Shipping reported a loss on Tuesday, and it said orders were recovering. It is unclear "
        + "how long the slump will last.";
    List<Entity> found = entities(text);

    assertThat(referredAt(found, text, "It", 0)).isEmpty();
    assertThat(referredAt(found, text, "it said", 0)).map(Entity::name).contains("Norvik Shipping");
  }

  @Test
  void itIsTheThingTheLastSentenceIsAboutRatherThanAnOrganizationInPassing() {
    String text = "The new advertisement cites an audit by the Norland Treasury. It also shows the harbor at night.";

    assertThat(referredAt(entities(text), text, "It", 0)).isEmpty();
  }

  @Test
  void aNameASpeakerQuotesIsNoAntecedentForTheReportersPronoun() {
    String text = "Senator Tom Reyes read the letter aloud: \u2018Governor Ana Duarte has failed this county.\u2019 "
        + "She did not attend the hearing.";

    assertThat(referredAt(entities(text), text, "She", 0)).isEmpty();
  }

  @Test
  void theCommitteeIsTheCommitteeNamedBefore() {
    String text = "Acme Corp. testified before the Senate Commerce Committee on Tuesday. The committee said it would "
        + "publish its findings in June.";

    assertThat(referredAt(entities(text), text, "The committee", 0)).map(Entity::name)
        .contains("Senate Commerce Committee");
  }

  @Test
  void theGroupIsTheMostSalientOrganization() {
    String text = "Greenpeace staged a protest outside the parliament in Oslo. The group said the oil licences "
        + "broke the law.";

    assertThat(referredAt(entities(text), text, "The group", 0)).map(Entity::name).contains("Greenpeace");
  }

  @Test
  void theMinisterIsThePersonGivenThatTitle() {
    String text = "Foreign Minister Lena Holm visited Tallinn on Monday. Reporters asked the minister about the "
        + "pipeline.";

    assertThat(referredAt(entities(text), text, "the minister", 0)).map(Entity::name).contains("Lena Holm");
  }

  @Test
  void aDescriptionWithNoOrganizationOfItsNameStaysUnresolved() {
    String text = "Lena Holm visited Tallinn on Monday. The committee will meet again in June.";

    assertThat(referredAt(entities(text), text, "The committee", 0)).isEmpty();
  }

  @Test
  void namesAreNamesAliasesOrDemonyms() {
    String text = "Russian President Vladimir Putin spoke on Monday. Putin said Russian troops would stay in Russia.";
    List<Entity> found = entities(text);

    assertThat(named(found, "Vladimir Putin").mentions()).extracting(Mention::kind)
        .containsExactly(MentionKind.NAME, MentionKind.ALIAS);
    assertThat(named(found, "Russia").mentions()).extracting(Mention::kind).contains(MentionKind.DEMONYM,
        MentionKind.NAME);
  }
}
