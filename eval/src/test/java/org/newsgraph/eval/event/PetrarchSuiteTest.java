package org.newsgraph.eval.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchSuiteTest {

  private static final String RECORDS = """
      <Validation>
      <Environment>
          <Verbfile>test.verbs.txt</Verbfile>
          <Actorfile>test.actors.txt</Actorfile>
          <Agentfile>test.agents.txt</Agentfile>
          <Discardfile>test.discards.txt</Discardfile>
      </Environment>
      <Sentences>
      <Sentence date="20240105" id="ONE-01" category="DEMO" sentence="true">
      <!-- a comment with <angle> words -->
      <EventCoding sourcecode="NRL" targetcode="STH" eventcode="112"></EventCoding>
      <EventCoding sourcecode="" targetcode='STH' eventcode="023"></EventCoding>
      <Text>
      Norland accused
      Southia of lying.
      </Text>
      <Parse>(ROOT (S (NP (NNP Norland))))</Parse>
      </Sentence>
      <Config option="require_dyad" value="FALSE"></Config>
      <Sentence date = "20240106" id ="TWO-01" category="AGENTS"  sentence="true">
      <EventCoding noevents = "True"></EventCoding>
      <Text>Nothing happened.</Text>
      </Sentence>
      <Sentence date="20240107" id="THREE-01" category="ERROR" sentence="true">
      <EventCoding error="sentencediscard"></EventCoding>
      <Text>A football match.</Text>
      </Sentence>
      </Sentences>
      </Validation>
      """;

  @TempDir
  Path dir;

  private PetrarchSuite read() throws Exception {
    return PetrarchSuite.read(Files.writeString(dir.resolve("records.xml"), RECORDS));
  }

  @Test
  void resolvesTheEnvironmentsDictionariesNextToTheRecords() throws Exception {
    PetrarchSuite suite = read();

    assertThat(suite.verbs()).isEqualTo(dir.resolve("test.verbs.txt").toAbsolutePath());
    assertThat(suite.discards().getFileName().toString()).isEqualTo("test.discards.txt");
  }

  @Test
  void readsSentencesWithDateTextAndExpectedCodings() throws Exception {
    PetrarchCase first = read().cases().get(0);

    assertThat(first.id()).isEqualTo("ONE-01");
    assertThat(first.date()).isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(first.text()).isEqualTo("Norland accused Southia of lying.");
    assertThat(first.expected()).containsExactly(ExpectedCoding.coding("NRL", "STH", "112"),
        ExpectedCoding.coding("---", "STH", "023"));
  }

  @Test
  void configOptionsApplyToTheSentencesAfterThem() throws Exception {
    PetrarchSuite suite = read();

    assertThat(suite.cases().get(0).requireDyad()).isTrue();
    assertThat(suite.cases().get(1).requireDyad()).isFalse();
  }

  @Test
  void readsNoEventsAndErrorExpectationsAndFoldsCategories() throws Exception {
    PetrarchSuite suite = read();

    assertThat(suite.cases().get(1).category()).isEqualTo("AGENT");
    assertThat(suite.cases().get(1).expected().get(0).noEvents()).isTrue();
    assertThat(suite.cases().get(2).expected().get(0).error()).isEqualTo("sentencediscard");
  }

  @Test
  void theSharedSuiteHasItsDocumentedSize() throws Exception {
    Path records = Path.of("..", "..", "shared", "data", "events", "PETR.UnitTest.records.xml");
    assumeTrue(Files.isRegularFile(records), "../shared/data/events is absent");

    PetrarchSuite suite = PetrarchSuite.read(records);

    assertThat(suite.cases()).hasSize(284);
    assertThat(suite.cases().stream().mapToInt(c -> c.expected().size()).sum()).isEqualTo(385);
    assertThat(suite.cases()).extracting(PetrarchCase::category).isSubsetOf(PetrarchSuite.CATEGORIES);
  }
}
