package org.newsgraph.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.TestAnnotator;

/**
 * The compiled dictionaries as the event stage reads them: the PLOVER types the coder gives short news sentences
 * (the field's dictionaries, newsgraph's own patterns and its PLOVER readings of CAMEO codes).
 */
class CompiledVocabularyTest {

  private static final LocalDate DATE = LocalDate.of(2024, 5, 6);
  private static final CoderOptions STAGE = new CoderOptions(false, false);

  private static EventModel model;

  @BeforeAll
  static void load() {
    model = EventModel.load();
  }

  private static List<String> types(String text) {
    Annotated annotated = TestAnnotator.get().annotate(text, DATE);
    return annotated.sentences().stream()
        .flatMap(s -> model.coder().code(annotated, s, DATE, STAGE).codings().stream())
        .map(c -> model.plover().lookup(c.cameo()).map(CameoCode::ploverType).orElse(null))
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }

  @Test
  void aSentenceNamingAPastYearIsStillCoded() {
    assertThat(types("Norway accused Sweden of breaking the fishing treaty signed in 1979.")).contains("ACCUSE");
  }

  @Test
  void aSentenceWithYearsAgoIsStillCoded() {
    assertThat(types("Norway accused Sweden of breaking a treaty it signed three years ago.")).contains("ACCUSE");
  }

  @Test
  void aStagedDemonstrationIsProtest() {
    assertThat(types("Chilean miners staged a protest outside the Congress in Valparaiso on Monday.")).contains("PROTEST");
  }

  @Test
  void aHungerStrikeIsProtest() {
    assertThat(types("Jailed Turkish journalists began a hunger strike on Tuesday.")).contains("PROTEST");
  }

  @Test
  void goingOnStrikeIsProtest() {
    assertThat(types("Nurses in Kenya went on strike over unpaid wages.")).contains("PROTEST");
  }

  @Test
  void blockingRoadsIsProtest() {
    assertThat(types("Peruvian truck drivers blocked the highway near Cusco on Friday.")).contains("PROTEST");
  }

  @Test
  void liftingACurfewIsConcede() {
    assertThat(types("Bolivia's interior ministry lifted its curfew on Sucre after a week of calm.")).contains("CONCEDE");
  }

  @Test
  void easingRestrictionsIsConcede() {
    assertThat(types("China eased restrictions on foreign journalists on Monday.")).contains("CONCEDE");
  }

  @Test
  void callingOffAStrikeIsConcede() {
    assertThat(types("The Kenyan doctors union called off its strike on Thursday.")).contains("CONCEDE");
  }

  @Test
  void acceptingDemandsIsConcede() {
    assertThat(types("Mali's mining ministry met the demands of striking gold miners.")).contains("CONCEDE");
  }

  @Test
  void aPardonIsConcede() {
    assertThat(types("The Egyptian president pardoned two Canadian journalists on Wednesday.")).contains("CONCEDE");
  }

  @Test
  void aResignationIsRetreat() {
    assertThat(types("The Czech defence minister resigned on Friday.")).contains("RETREAT");
  }

  @Test
  void steppingDownIsRetreat() {
    assertThat(types("The Peruvian interior minister stepped down on Monday.")).contains("RETREAT");
  }

  @Test
  void demobilizingIsRetreat() {
    assertThat(types("Colombian rebels demobilized in Cauca province last week.")).contains("RETREAT");
  }

  @Test
  void withdrawingTroopsIsRetreat() {
    assertThat(types("Ethiopia withdrew its troops from Somalia on Tuesday.")).contains("RETREAT");
  }

  @Test
  void admittingObserversIsRetreat() {
    assertThat(types("Belarus admitted observers from the European Union on Monday.")).contains("RETREAT");
  }

  @Test
  void urgingIsRequest() {
    assertThat(types("Germany urged Serbia to free the detained journalists.")).contains("REQUEST");
  }

  @Test
  void callingForIsRequest() {
    assertThat(types("France called for an immediate ceasefire in Sudan on Monday.")).contains("REQUEST");
  }

  @Test
  void rejectingACallIsReject() {
    assertThat(types("Venezuela dismissed Brazil's call for new elections.")).contains("REJECT");
  }

  @Test
  void refusingToActIsReject() {
    assertThat(types("Hungary refused to sign the agreement with Ukraine on Monday.")).contains("REJECT");
  }

  @Test
  void handingOverMedicineIsAid() {
    assertThat(types("Norway handed over tents and blankets to Pakistan on Monday.")).contains("AID");
  }

  @Test
  void grantingAsylumIsAid() {
    assertThat(types("Ecuador granted asylum to the Russian journalist on Monday.")).contains("AID");
  }

  @Test
  void forgivingDebtIsAid() {
    assertThat(types("Canada forgave the debts of Haiti on Thursday.")).contains("AID");
  }

  @Test
  void expellingDiplomatsIsSanction() {
    assertThat(types("Estonia expelled a Belarusian diplomat on Wednesday.")).contains("SANCTION");
  }

  @Test
  void suspendingAidIsSanction() {
    assertThat(types("Sweden suspended aid to Uganda on Tuesday.")).contains("SANCTION");
  }

  @Test
  void cuttingTiesIsSanction() {
    assertThat(types("Ecuador severed ties with Mexico on Saturday.")).contains("SANCTION");
  }

  @Test
  void suingIsAccuse() {
    assertThat(types("A Brazilian mining company sued Ecuador in a Paris court.")).contains("ACCUSE");
  }

  @Test
  void openingAnInquiryIsAccuse() {
    assertThat(types("The Kenyan parliament opened an investigation into the police killings.")).contains("ACCUSE");
  }

  @Test
  void imposingACurfewIsCoerce() {
    assertThat(types("The Guinean army imposed a curfew on Conakry on Monday.")).contains("COERCE");
  }

  @Test
  void hackingIsCoerce() {
    assertThat(types("Iranian hackers hacked the websites of the Albanian government.")).contains("COERCE");
  }

  @Test
  void reinforcingForcesIsMobilize() {
    assertThat(types("India reinforced its troops on the Chinese border on Tuesday.")).contains("MOBILIZE");
  }

  @Test
  void launchingAnOffensiveIsAssault() {
    assertThat(types("The Sudanese army launched an offensive against the rebels in Darfur.")).contains("ASSAULT");
  }

  @Test
  void vowingToFightIsThreaten() {
    assertThat(types("The Somali militants vowed to fight the Kenyan troops.")).contains("THREATEN");
  }

  @Test
  void imposingSanctionsIsSanction() {
    assertThat(types("The European Union imposed sanctions on Belarus on Monday.")).contains("SANCTION");
  }

  @Test
  void aDemandOnSomeoneIsRequestNotForce() {
    assertThat(types("Norway demanded that Kenya end its crackdown on the press."))
        .contains("REQUEST").doesNotContain("ASSAULT");
  }

  @Test
  void aPlanIsNoEventOfItsOwnThePlannedActIs() {
    assertThat(types("Chile plans to impose a curfew on Bolivian truck drivers.")).containsExactly("COERCE");
  }

  @Test
  void praisingEffortsIsSupport() {
    assertThat(types("Germany commended Poland's efforts on judicial reform.")).contains("SUPPORT");
  }

  @Test
  void upgradingDiplomaticTiesIsSupport() {
    assertThat(types("Armenia and Turkey restored diplomatic relations on Monday.")).contains("SUPPORT");
  }

  @Test
  void renewingNegotiationsIsConsult() {
    assertThat(types("Chile and Bolivia resumed talks on access to the sea.")).contains("CONSULT");
  }

  @Test
  void summoningAnAmbassadorIsAccuse() {
    assertThat(types("Poland summoned the Russian ambassador on Monday.")).contains("ACCUSE");
  }

  @Test
  void preventingADemonstrationIsCoerce() {
    assertThat(types("Belarusian police prevented a march by pensioners in Minsk.")).contains("COERCE");
  }

  @Test
  void withdrawingInspectorsIsSanction() {
    assertThat(types("The OSCE withdrew its monitors from Georgia.")).contains("SANCTION");
  }

  @Test
  void sendingArmsToACountryIsAid() {
    assertThat(types("Iran sent weapons to Venezuela in March.")).contains("AID");
  }

  @Test
  void launchingRocketsIsAssault() {
    assertThat(types("Syria launched rockets at Israeli towns on Monday.")).contains("ASSAULT");
  }

  @Test
  void shunningWorkIsProtest() {
    assertThat(types("Greek dockworkers stayed away from work over the new pension law.")).contains("PROTEST");
  }

  @Test
  void givingASpeechOrAnInterviewIsNoEvent() {
    assertThat(types("The Kenyan president gave a speech in Nairobi on Monday.")).isEmpty();
    assertThat(types("The Kenyan president gave an interview to the BBC on Monday.")).isEmpty();
  }

  @Test
  void takingOfficeIsNoSeizure() {
    assertThat(types("The Kenyan president took office in Nairobi on Monday.")).isEmpty();
  }

  @Test
  void signingABillIntoLawIsNoAgreement() {
    assertThat(types("The Kenyan president signed the budget into law.")).isEmpty();
  }

  @Test
  void launchedStrikesAreAnAttackNotALabourStrike() {
    assertThat(types("Israel launched strikes on Gaza on Monday.")).contains("ASSAULT").doesNotContain("PROTEST");
  }

  @Test
  void anArmyBeginningAMarchIsNoProtest() {
    assertThat(types("The army began a march towards the capital.")).doesNotContain("PROTEST");
  }

  @Test
  void aHeldMarchIsProtest() {
    assertThat(types("Thousands of Kenyan nurses held a march in Nairobi.")).contains("PROTEST");
  }

  @Test
  void cuttingPricesIsNoSanction() {
    assertThat(types("Kenya cut food prices on Monday.")).doesNotContain("SANCTION");
  }

  @Test
  void decliningToCommentIsNoRejection() {
    assertThat(types("The minister declined to comment on the report.")).doesNotContain("REJECT");
  }

  @Test
  void reducingFoodSuppliesIsSanction() {
    assertThat(types("The World Food Programme reduced food supplies to Somalia on Tuesday.")).contains("SANCTION");
  }
}
