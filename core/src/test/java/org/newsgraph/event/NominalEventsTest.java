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
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.TestAnnotator;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StandardPipeline;

/** Events named by a noun: who acted from its phrase or its light verb, to whom from its preposition. */
class NominalEventsTest {

  private static Pipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = StandardPipeline.build(TestAnnotator.get());
  }

  private static List<Event> events(String text) throws Exception {
    Analysis analysis = pipeline.analyze(new RawDocument("story.txt", text, InputFormat.TEXT,
        new SourceMetadata(null, null, null, "2023-03-14")));
    return analysis.events();
  }

  @Test
  void anOffensiveLaunchedAgainstAnArmyIsTheLaunchersAssault() throws Exception {
    List<Event> events = events("Ukraine launched an offensive against Russian forces on Monday.");

    assertThat(events).anyMatch(e -> e.type().equals("ASSAULT") && e.actor().code().startsWith("UKR")
        && e.recipient() != null && e.recipient().code().startsWith("RUS"));
  }

  @Test
  void theSidesOfClashesBetweenTwoArmiesBothAssault() throws Exception {
    List<Event> events = events("There were clashes between Indian troops and Pakistani troops on Sunday.");

    assertThat(events).filteredOn(e -> e.type().equals("ASSAULT")).extracting(e -> e.actor().code().substring(0, 3))
        .contains("IND", "PAK");
    assertThat(events).filteredOn(e -> e.type().equals("ASSAULT")).allMatch(e -> e.recipient() == null);
  }

  @Test
  void aVisitByAPresidentIsDirectedAtTheCountryVisited() throws Exception {
    List<Event> events = events("A visit by Chinese President Xi Jinping to Moscow drew protests.");

    assertThat(events).anyMatch(e -> e.type().equals("CONSULT") && e.actor().code().startsWith("CHN"));
  }

  @Test
  void aBareAttackNamingNoAttackerIsNoEvent() throws Exception {
    List<Event> events = events("The attack shocked residents of the town.");

    assertThat(events).noneMatch(e -> e.type().equals("ASSAULT"));
  }

  @Test
  void aPossessorsSupportWithoutARecipientIsNoEvent() throws Exception {
    List<Event> events = events("Clinton's support among young voters has grown since June.");

    assertThat(events).noneMatch(e -> e.type().equals("SUPPORT"));
  }

  @Test
  void anAttackByRebelsThatKilledSoldiersIsDoneToTheSoldiers() throws Exception {
    List<Event> events = events("Residents described an ambush by the Taliban in which eight Afghan soldiers were killed.");

    assertThat(events).anyMatch(e -> e.type().equals("ASSAULT") && e.recipient() != null
        && e.recipient().code().startsWith("AFG"));
  }

  @Test
  void petrarchsOptionsCodeNoNouns() {
    EventModel model = EventModel.load();
    Annotated annotated = TestAnnotator.get().annotate("Talks between Russia and Ukraine resumed on Tuesday.",
        java.time.LocalDate.of(2023, 3, 14));

    assertThat(model.coder().code(annotated, annotated.sentences().get(0), null, CoderOptions.defaults())
        .codings()).isEmpty();
  }
}
