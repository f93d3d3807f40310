package org.newsgraph.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.ingest.SourceMetadata;
import org.newsgraph.model.Event;
import org.newsgraph.nlp.TestAnnotator;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StandardPipeline;

/** PLOVER types that depend on how the clause presents an event: announced, held out as possible, refused. */
class PloverTypingTest {

  private static Pipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = StandardPipeline.build(TestAnnotator.get());
  }

  private static List<String> types(String text) throws Exception {
    return pipeline.analyze(new RawDocument("story.txt", text, InputFormat.TEXT,
        new SourceMetadata(null, null, null, "2024-05-06"))).events().stream().map(Event::type).toList();
  }

  @Test
  void aCurfewAnnouncedForTheFutureIsAThreat() throws Exception {
    assertThat(types("The Guinean government said it will impose a curfew on Conakry.")).contains("THREATEN")
        .doesNotContain("COERCE");
  }

  @Test
  void aSanctionHeldOutAsPossibleIsAThreat() throws Exception {
    assertThat(types("Sweden may suspend aid to Uganda, the Swedish foreign minister said.")).contains("THREATEN")
        .doesNotContain("SANCTION");
  }

  @Test
  void aWithdrawalAnnouncedForTheFutureIsAConcession() throws Exception {
    assertThat(types("Ethiopia will withdraw its troops from Somalia next month.")).contains("CONCEDE")
        .doesNotContain("RETREAT");
  }

  @Test
  void aRefusalToReleaseIsAReject() throws Exception {
    assertThat(types("Iran will not release the detained French tourists, the judiciary said.")).contains("REJECT");
  }

  @Test
  void aPlannedRestrictionIsAThreatNotAnAgreement() throws Exception {
    assertThat(types("Chile plans to impose a curfew on Bolivian truck drivers.")).containsExactly("THREATEN");
  }

  @Test
  void sayingAnotherPartyMustActIsADemandEvenWhenThePatternCodesTheAct() throws Exception {
    assertThat(types("Canada said that Iran must free the detained students.")).containsExactly("REQUEST");
  }

  @Test
  void agreeingThatSomethingShouldHappenIsNoDemand() throws Exception {
    assertThat(types("Chile and Peru agreed that fishing quotas should be shared.")).doesNotContain("REQUEST");
  }
}
