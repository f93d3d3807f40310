package org.newsgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

class NameGenderTest {

  private static final NameGender GENDERS = NameGender.load();

  private static Gender of(String text, String name) {
    return GENDERS.ofMention(text, text.indexOf(name), name);
  }

  @Test
  void tellsGenderFromCourtesyTitleBeforeSurname() {
    assertThat(of("Mrs. Lind said so.", "Lind")).isEqualTo(Gender.FEMALE);
    assertThat(of("Then Mr Okafor left.", "Okafor")).isEqualTo(Gender.MALE);
  }

  @Test
  void aTitleWithoutGenderTellsNothing() {
    assertThat(of("Sen. Lind said so.", "Lind")).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void aLowerCaseWordBeforeTheNameIsNoHonorific() {
    assertThat(of("Fans will miss Lind.", "Lind")).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void tellsGenderFromFirstNameOfFullName() {
    assertThat(of("Maria Lopez spoke.", "Maria Lopez")).isEqualTo(Gender.FEMALE);
    assertThat(of("Daniel J. Reyes spoke.", "Daniel J. Reyes")).isEqualTo(Gender.MALE);
  }

  @Test
  void aSurnameAloneTellsNothingThoughItIsAlsoAFirstName() {
    assertThat(of("Later, Clinton spoke.", "Clinton")).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void aFirstNameBothGendersBearTellsNothing() {
    assertThat(of("Robin Okafor spoke.", "Robin Okafor")).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void aFamilyNameWrittenFirstTellsNothing() {
    assertThat(of("Li Wenhao spoke.", "Li Wenhao")).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void aPersonWhoseMentionsDisagreeIsUnknown() {
    String text = "Robin Lind spoke. Mr. Lind and Mrs. Lind left.";
    Entity lind = new Entity("e1", "Robin Lind", EntityType.PERSON, List.of(), List.of(), Map.of(),
        List.of(new Mention(0, 10, "Robin Lind"), new Mention(22, 26, "Lind"), new Mention(36, 40, "Lind")));

    assertThat(GENDERS.ofPerson(text, lind)).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void takesOffACourtesyTitleButKeepsANobleOne() {
    assertThat(GENDERS.honorificLength("Mr. Lind")).isEqualTo(4);
    assertThat(GENDERS.honorificLength("Prince Harald")).isZero();
  }
}
