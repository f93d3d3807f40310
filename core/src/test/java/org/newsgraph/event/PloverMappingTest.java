package org.newsgraph.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class PloverMappingTest {

  private final PloverMapping mapping = PloverMapping.load();

  @Test
  void aVisitIsConsultWithModeVisitInVerbalCooperation() {
    CameoCode visit = mapping.lookup("042").orElseThrow();

    assertThat(visit.ploverType()).isEqualTo("CONSULT");
    assertThat(visit.ploverMode()).isEqualTo("visit");
    assertThat(visit.quad()).isEqualTo(1);
    assertThat(visit.goldstein()).isEqualTo(1.9);
  }

  @Test
  void militaryForceIsAssaultInMaterialConflictWithTheLowestGoldstein() {
    CameoCode force = mapping.lookup("190").orElseThrow();

    assertThat(force.ploverType()).isEqualTo("ASSAULT");
    assertThat(force.contexts()).containsExactly("military");
    assertThat(force.quad()).isEqualTo(4);
    assertThat(force.goldstein()).isEqualTo(-10.0);
  }

  @Test
  void severalContextsAreKept() {
    assertThat(mapping.lookup("196").orElseThrow().contexts()).containsExactly("legal", "military");
  }

  @Test
  void reducingRelationsIsSanctionInMaterialConflict() {
    assertThat(mapping.lookup("161").orElseThrow().ploverType()).isEqualTo("SANCTION");
    assertThat(mapping.lookup("161").orElseThrow().quad()).isEqualTo(4);
  }

  @Test
  void statementsHaveAGoldsteinScoreButNoPloverType() {
    CameoCode statement = mapping.lookup("010").orElseThrow();

    assertThat(statement.ploverType()).isNull();
    assertThat(statement.quad()).isNull();
    assertThat(statement.goldstein()).isEqualTo(0.0);
  }

  @Test
  void unknownSubcodeTakesItsParentsReading() {
    CameoCode sub = mapping.lookup("0429").orElseThrow();

    assertThat(sub.code()).isEqualTo("0429");
    assertThat(sub.ploverType()).isEqualTo("CONSULT");
    assertThat(sub.goldstein()).isEqualTo(1.9);
  }

  @Test
  void codesOutsideCameoHaveNoReading() {
    assertThat(mapping.lookup("+++")).isEmpty();
    assertThat(mapping.lookup("999")).isEmpty();
    assertThat(mapping.lookup(null)).isEmpty();
  }

  @Test
  void coversEveryCameoCode() {
    assertThat(mapping.size()).isGreaterThanOrEqualTo(312);
  }

  @Test
  void readsTheGeneratedFormat() throws Exception {
    PloverMapping small = PloverMapping.read(new BufferedReader(new StringReader(
        "# comment\n04\tCONSULT\t1\tCONSULT\t\t\t1\n043\tHost a visit\t2.8\tCONSULT\tvisit\tdiplomatic\t1\n")));

    assertThat(small.lookup("043").orElseThrow().contexts()).containsExactly("diplomatic");
    assertThat(small.lookup("040").orElseThrow().goldstein()).isEqualTo(1.0);
  }

  @Test
  void liftingACurfewIsAConcessionAsThePloverManualSays() {
    CameoCode curfew = mapping.lookup("0813").orElseThrow();

    assertThat(curfew.ploverType()).isEqualTo("CONCEDE");
    assertThat(curfew.quad()).isEqualTo(1);
    assertThat(curfew.name()).isEqualTo("Ease curfew");
  }

  @Test
  void aLeadersResignationIsRetreatWithModeResign() {
    CameoCode resign = mapping.lookup("0831").orElseThrow();

    assertThat(resign.ploverType()).isEqualTo("RETREAT");
    assertThat(resign.ploverMode()).isEqualTo("resign");
    assertThat(resign.quad()).isEqualTo(2);
  }

  @Test
  void anAppealIsARequestWithTheModeOfTheMatchingDemand() {
    assertThat(mapping.lookup("020").orElseThrow().ploverType()).isEqualTo("REQUEST");
    assertThat(mapping.lookup("0253").orElseThrow().ploverMode()).isEqualTo("yield");
    assertThat(mapping.lookup("026").orElseThrow().ploverMode()).isEqualTo("meet");
  }

  @Test
  void aReadingOfAnUnknownCodeFailsNamingTheLine() throws Exception {
    PloverMapping small = PloverMapping.read(new BufferedReader(new StringReader("04\tCONSULT\t1\tCONSULT\t\t\t1\n")));

    assertThatThrownBy(() -> small.withReadings(new BufferedReader(new StringReader(
        "# why\n099\tCONCEDE\t\t1\tno such code\n"))))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessageContaining("plover-readings.tsv")
        .hasMessageContaining("2");
  }

  @Test
  void aRefusedCooperationIsReject() {
    assertThat(PloverMapping.type(mapping.lookup("0841").orElseThrow(), false, false, true)).isEqualTo("REJECT");
  }

  @Test
  void aNegatedAttackKeepsItsType() {
    assertThat(PloverMapping.type(mapping.lookup("190").orElseThrow(), false, false, true)).isEqualTo("ASSAULT");
  }

  @Test
  void aRetreatAnnouncedForTheFutureIsConcede() {
    assertThat(PloverMapping.type(mapping.lookup("0874").orElseThrow(), true, false, false)).isEqualTo("CONCEDE");
  }

  @Test
  void aidAnnouncedForTheFutureIsAgree() {
    assertThat(PloverMapping.type(mapping.lookup("073").orElseThrow(), true, false, false)).isEqualTo("AGREE");
  }

  @Test
  void materialConflictAnnouncedOrHeldOutIsThreaten() {
    assertThat(PloverMapping.type(mapping.lookup("1723").orElseThrow(), true, false, false)).isEqualTo("THREATEN");
    assertThat(PloverMapping.type(mapping.lookup("165").orElseThrow(), false, true, false)).isEqualTo("THREATEN");
  }

  @Test
  void aStatementHasNoTypeWhateverItsClause() {
    assertThat(PloverMapping.type(mapping.lookup("010").orElseThrow(), true, true, true)).isNull();
  }
}
