package org.newsgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.TestAnnotator;

class EntityStageTest {

  private static final EntityStage STAGE = new EntityStage();

  private static List<Entity> entities(String text) {
    return entities(text, null);
  }

  private static List<Entity> entities(String text, String outlet) {
    return STAGE.entities(TestAnnotator.get().annotate(text, LocalDate.of(2024, 3, 4)), outlet);
  }

  private static Optional<Entity> named(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  @Test
  void mergesSurnameAndPossessiveWithFullName() {
    List<Entity> found = entities("Chancellor Olaf Scholz met farmers on Tuesday. Scholz’s government promised "
        + "relief, and Scholz said more would follow.");

    Entity scholz = named(found, "Olaf Scholz").orElseThrow();
    assertThat(scholz.type()).isEqualTo(EntityType.PERSON);
    assertThat(scholz.mentions()).extracting(Mention::text).containsExactly("Olaf Scholz", "Scholz", "Scholz");
  }

  @Test
  void takesTitleBeforeNameAsRole() {
    List<Entity> found = entities("French President Emmanuel Macron arrived in Rome on Friday.");

    Entity macron = named(found, "Emmanuel Macron").orElseThrow();
    assertThat(macron.roles()).containsExactly("French President");
    assertThat(macron.aliases()).contains("French President Emmanuel Macron");
    assertThat(macron.mentions()).extracting(Mention::text).containsExactly("Emmanuel Macron");
  }

  @Test
  void keepsWordsOfTitleOutOfOrganizations() {
    List<Entity> found = entities("Secretary of State Marco Rubio flew to Riyadh on Monday, a day after Defense "
        + "Secretary Pete Hegseth spoke.");

    assertThat(named(found, "Marco Rubio").orElseThrow().roles()).containsExactly("Secretary of State");
    assertThat(named(found, "Pete Hegseth").orElseThrow().roles()).containsExactly("Defense Secretary");
    assertThat(found).extracting(Entity::type).doesNotContain(EntityType.ORGANIZATION);
  }

  @Test
  void takesTitleWithOfPhraseWhole() {
    List<Entity> found = entities("Minister of Foreign Affairs Ana Ruiz said on Monday that talks would resume.");

    assertThat(named(found, "Ana Ruiz").orElseThrow().roles()).containsExactly("Minister of Foreign Affairs");
    assertThat(found).extracting(Entity::type).containsOnly(EntityType.PERSON);
  }

  @Test
  void mergesParenthesizedAcronymWithExpansion() {
    List<Entity> found = entities("The International Atomic Energy Agency (IAEA) sent inspectors to the plant. "
        + "The IAEA said access was limited.");

    Entity agency = named(found, "International Atomic Energy Agency").orElseThrow();
    assertThat(agency.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(agency.aliases()).containsExactly("IAEA");
    assertThat(agency.mentions()).hasSize(3);
  }

  @Test
  void extendsOrganizationOverTheHeadBeforeOf() {
    List<Entity> found = entities("The Organization of the Petroleum Exporting Countries (OPEC) cut output on "
        + "Sunday.");

    assertThat(found.get(0).name()).isEqualTo("Organization of the Petroleum Exporting Countries");
    assertThat(found.get(0).aliases()).containsExactly("OPEC");
  }

  @Test
  void mergesAcronymWithExpansionWhoseInitialsMatch() {
    List<Entity> found = entities("The International Monetary Fund cut its forecast on Tuesday. Economists at the "
        + "IMF blamed higher rates.");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).name()).isEqualTo("International Monetary Fund");
    assertThat(found.get(0).aliases()).containsExactly("IMF");
  }

  @Test
  void addsDemonymAsMentionOfItsCountry() {
    List<Entity> found = entities("Polish farmers blocked the border crossing on Sunday, officials said.");

    Entity poland = named(found, "Poland").orElseThrow();
    assertThat(poland.type()).isEqualTo(EntityType.COUNTRY);
    assertThat(poland.aliases()).containsExactly("Polish");
    assertThat(poland.mentions()).extracting(Mention::text).containsExactly("Polish");
  }

  @Test
  void typesPluralNationalityNounAsNationality() {
    List<Entity> found = entities("Thousands of Venezuelans crossed into Colombia last year, and more Venezuelans "
        + "followed in January.");

    assertThat(named(found, "Venezuelans").orElseThrow().type()).isEqualTo(EntityType.NATIONALITY);
    assertThat(named(found, "Venezuelans").orElseThrow().mentions()).hasSize(2);
    assertThat(named(found, "Colombia").orElseThrow().type()).isEqualTo(EntityType.COUNTRY);
  }

  @Test
  void mergesNamesOfTheUnitedStates() {
    List<Entity> found = entities("The U.S. and Japan signed a pact on Monday. America will send ships, and the "
        + "United States will pay. US officials cheered.");

    Entity us = named(found, "United States").orElseThrow();
    assertThat(us.type()).isEqualTo(EntityType.COUNTRY);
    assertThat(us.aliases()).contains("U.S.", "America");
    assertThat(found).filteredOn(e -> e.type() == EntityType.COUNTRY).hasSize(2);
  }

  @Test
  void typesCapitalThatIsAlsoAStateAsCityUnlessCalledState() {
    List<Entity> found = entities("Officials in Washington said the talks had failed, while farmers in Washington "
        + "state protested.");

    assertThat(found).extracting(Entity::type)
        .containsExactly(EntityType.CITY, EntityType.STATE_OR_PROVINCE);
  }

  @Test
  void typesCitiesAndProvincesFromTheGazetteer() {
    List<Entity> found = entities("The protest moved from Berlin to Munich, the capital of Bavaria, on Saturday.");

    assertThat(found).extracting(Entity::name, Entity::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Berlin", EntityType.CITY),
        org.assertj.core.groups.Tuple.tuple("Munich", EntityType.CITY),
        org.assertj.core.groups.Tuple.tuple("Bavaria", EntityType.STATE_OR_PROVINCE));
  }

  @Test
  void doesNotTypePluralGroupNounAsOrganization() {
    List<Entity> found = entities("The Nazis occupied Paris in 1940, historians noted.");

    assertThat(named(found, "Nazis")).hasValueSatisfying(
        nazis -> assertThat(nazis.type()).isNotEqualTo(EntityType.ORGANIZATION));
  }

  @Test
  void anIdeaNamedAfterAPlaceIsNoPlace() {
    List<Entity> found = entities("The minister blamed growing Russophobia in Europe for the new sanctions, "
        + "the agency reported.");

    assertThat(found).noneSatisfy(entity -> {
      assertThat(entity.name()).isEqualTo("Russophobia");
      assertThat(entity.type()).isIn(EntityType.LOCATION, EntityType.COUNTRY, EntityType.CITY);
    });
  }

  @Test
  void namesAgencyWithoutItsCountryPrefix() {
    List<Entity> found = entities("The U.S. Federal Aviation Administration grounded the jets on Friday.");

    Entity faa = named(found, "Federal Aviation Administration").orElseThrow();
    assertThat(faa.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(faa.aliases()).containsExactly("U.S. Federal Aviation Administration");
    assertThat(faa.mentions()).extracting(Mention::text).containsExactly("U.S. Federal Aviation Administration");
  }

  @Test
  void aQuotationMarkIsNoPartOfANameInTheBundledWireStory() throws java.io.IOException {
    // The recognizer takes the closing mark into "” Bell" here, in the context of the whole story.
    String story = java.nio.file.Files.readString(java.nio.file.Path.of("..", "examples", "wire-harbor-dredging.txt"));

    List<Entity> found = entities(story);

    assertThat(found).flatExtracting(Entity::mentions).extracting(Mention::text)
        .allMatch(text -> Character.isLetterOrDigit(text.charAt(0)));
    assertThat(named(found, "Marcus Bell").orElseThrow().mentions()).extracting(Mention::text).contains("Bell");
  }

  @Test
  void wireDatelineNamesAPlaceNotAPerson() {
    List<Entity> found = entities("FORT CALDER (Wire) — The county board approved a new bridge on Monday, "
        + "officials said.");

    Entity place = named(found, "FORT CALDER").orElseThrow();
    assertThat(place.type()).isNotEqualTo(EntityType.PERSON);
    assertThat(found).extracting(Entity::type).doesNotContain(EntityType.PERSON);
  }

  @Test
  void acronymOpeningAParagraphWithADashIsNoDateline() {
    List<Entity> found = entities("NATO — the alliance of 32 countries — met in Brussels on Tuesday.");

    assertThat(named(found, "NATO")).hasValueSatisfying(
        nato -> assertThat(nato.type()).isEqualTo(EntityType.ORGANIZATION));
  }

  @Test
  void countryBeforeAnAgencyNameIsAlsoAMentionOfTheCountry() {
    List<Entity> found = entities("The U.S. Federal Aviation Administration grounded the jets on Friday.");

    Entity us = named(found, "United States").orElseThrow();
    assertThat(us.type()).isEqualTo(EntityType.COUNTRY);
    assertThat(us.mentions()).extracting(Mention::text).containsExactly("U.S.");
  }

  @Test
  void keepsOutletAsOrganizationWhenTheBodyNamesIt() {
    List<Entity> found = entities("Officials told the Daily Planet on Tuesday that the mayor would resign.",
        "The Daily Planet");

    assertThat(named(found, "Daily Planet").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void keepsOrganizationAndCityOfTheSameNameApart() {
    List<Entity> found = entities("TORONTO 1996-08-30\n\nToronto beat Boston 4-2 on Friday. Toronto now leads the "
        + "series.");

    assertThat(found).filteredOn(e -> e.name().equalsIgnoreCase("Toronto")).extracting(Entity::type)
        .contains(EntityType.CITY);
  }

  @Test
  void linksHyphenatedCompoundToTheNameItStartsWith() {
    List<Entity> found = entities("NATO-led troops patrolled the border on Sunday. NATO said the patrols would go on.");

    Entity nato = named(found, "NATO").orElseThrow();
    assertThat(nato.mentions()).extracting(Mention::text).containsExactly("NATO", "NATO");
  }

  @Test
  void keepsHyphenInsideAPersonName() {
    List<Entity> found = entities("Striker Kang Young-hoon scored twice on Saturday.");

    assertThat(found).extracting(Entity::name).contains("Kang Young-hoon");
  }

  @Test
  void addsNoOutletEntityWhenTheBodyDoesNotNameIt() {
    List<Entity> found = entities("The mayor said on Tuesday that she would resign.", "Daily Planet");

    assertThat(found).isEmpty();
  }

  @Test
  void takesPronounsAsResolvedMentionsNotNames() {
    List<Entity> found = entities("Merkel said she would stay, and her party agreed with her.");

    assertThat(found).singleElement().satisfies(merkel -> {
      assertThat(merkel.name()).isEqualTo("Merkel");
      assertThat(merkel.nameMentions()).hasSize(1);
      assertThat(merkel.mentions()).extracting(Mention::text).containsExactly("Merkel", "she", "her", "her");
    });
  }

  @Test
  void numbersEntitiesByFirstMentionWithOffsetsIntoTheText() {
    String text = "Kenyan President William Ruto visited Nairobi's port on Monday. Ruto met Tanzania's leaders.";
    List<Entity> found = entities(text);

    assertThat(found).extracting(Entity::id).startsWith("e1", "e2");
    int previous = -1;
    for (Entity entity : found) {
      assertThat(entity.mentions().get(0).start()).isGreaterThan(previous);
      previous = entity.mentions().get(0).start();
      for (Mention mention : entity.mentions()) {
        assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
      }
    }
  }

  @Test
  void keepsSurnameWithFemaleHonorificOffTheHusbandsFullName() {
    List<Entity> found = entities("Paul Marlowe and Joan Marlowe opened a bakery in Leeds in 1990. Mrs. Marlowe "
        + "still bakes the bread, and Mr. Marlowe runs the till.");

    assertThat(named(found, "Joan Marlowe").orElseThrow().mentions()).extracting(Mention::text)
        .containsExactly("Joan Marlowe", "Marlowe");
    assertThat(named(found, "Paul Marlowe").orElseThrow().mentions()).extracting(Mention::text)
        .containsExactly("Paul Marlowe", "Marlowe");
  }

  @Test
  void letsHonorificSurnameJoinTheOnlyFullNameWhenItsGenderIsUnknown() {
    List<Entity> found = entities("Councillor Robin Okafor opened the new library on Friday. Ms. Okafor said the "
        + "town had waited a decade for it.");

    assertThat(named(found, "Robin Okafor").orElseThrow().mentions()).extracting(Mention::text)
        .containsExactly("Robin Okafor", "Okafor");
  }
}
