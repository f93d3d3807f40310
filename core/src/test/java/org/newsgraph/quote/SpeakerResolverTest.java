package org.newsgraph.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.TestAnnotator;

/** Which document entity a quote's speaker is, when the source is a pronoun or a description ("the group"). */
class SpeakerResolverTest {

  private static final QuoteStage STAGE = new QuoteStage();

  private static Entity entity(String id, String name, EntityType type, String text, String... surfaces) {
    List<Mention> mentions = new ArrayList<>();
    for (String surface : surfaces) {
      for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        mentions.add(new Mention(at, at + surface.length(), surface));
      }
    }
    return new Entity(id, name, type, List.of(), List.of(), Map.of(), mentions);
  }

  private static Quote quoteWith(List<Quote> quotes, String words) {
    return quotes.stream().filter(q -> q.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + quotes));
  }

  @Test
  void theGroupIsTheOrganizationTheStoryKeepsNamingNotTheAgencyCitedLast() {
    String text = "The Arctic Fisheries Council met in Oslo on Friday. Its members approved new quotas, and the "
        + "Arctic Fisheries Council said it would review them in the spring.\n\nNorway's fishing industry welcomed "
        + "the decision as overdue, according to Reuters.\n\nAfter the meeting, the group noted that stocks of cod "
        + "had recovered.";
    List<Entity> entities = List.of(
        entity("e1", "Arctic Fisheries Council", EntityType.ORGANIZATION, text, "Arctic Fisheries Council"),
        entity("e2", "Oslo", EntityType.CITY, text, "Oslo"),
        entity("e3", "Norway", EntityType.COUNTRY, text, "Norway"),
        entity("e4", "Reuters", EntityType.ORGANIZATION, text, "Reuters"));
    Annotated annotated = TestAnnotator.get().annotate(text, null);

    List<Quote> quotes = STAGE.quotes(annotated, entities);

    assertThat(quoteWith(quotes, "fishing industry").speaker().entity()).isEqualTo("e4");
    assertThat(quoteWith(quotes, "stocks of cod").speaker().entity()).isEqualTo("e1");
  }

  @Test
  void aPronounStillMeansTheLastOrganizationQuoted() {
    String text = "The Arctic Fisheries Council met in Oslo on Friday, and the Arctic Fisheries Council said quotas "
        + "would rise. The Baltic Trawlers Union said it opposed the plan. It said the council had ignored "
        + "smaller boats.";
    List<Entity> entities = List.of(
        entity("e1", "Arctic Fisheries Council", EntityType.ORGANIZATION, text, "Arctic Fisheries Council"),
        entity("e2", "Baltic Trawlers Union", EntityType.ORGANIZATION, text, "Baltic Trawlers Union"));
    Annotated annotated = TestAnnotator.get().annotate(text, null);

    List<Quote> quotes = STAGE.quotes(annotated, entities);

    assertThat(quoteWith(quotes, "ignored").speaker().entity()).isEqualTo("e2");
  }

  @Test
  void sheSkipsTheManNamedLastForTheWomanBeforeHim() {
    String text = "Maria Lopez, the mayor, said the bridge would reopen in May. The contractor, Daniel Reyes, "
        + "blamed the weather. She said the city would not pay for the delay.";
    List<Entity> entities = List.of(
        entity("e1", "Maria Lopez", EntityType.PERSON, text, "Maria Lopez"),
        entity("e2", "Daniel Reyes", EntityType.PERSON, text, "Daniel Reyes"));
    Annotated annotated = TestAnnotator.get().annotate(text, null);

    List<Quote> quotes = STAGE.quotes(annotated, entities);

    assertThat(quoteWith(quotes, "would not pay").speaker().entity()).isEqualTo("e1");
  }

  @Test
  void heSkipsAWomanKnownOnlyByHerHonorific() {
    String text = "Mr. Okafor said the vote was fair. Mrs. Lind said it was rushed. He said the result would stand.";
    List<Entity> entities = List.of(
        entity("e1", "Okafor", EntityType.PERSON, text, "Okafor"),
        entity("e2", "Lind", EntityType.PERSON, text, "Lind"));
    Annotated annotated = TestAnnotator.get().annotate(text, null);

    List<Quote> quotes = STAGE.quotes(annotated, entities);

    assertThat(quoteWith(quotes, "result would stand").speaker().entity()).isEqualTo("e1");
  }

  @Test
  void aResolvedPronounTellsTheGenderOfANameThatDoesNot() {
    String text = "Jordan Lind said costs would rise. Robin Okafor said the plan was sound. She added that costs "
        + "would fall. He said the council had been warned.";
    List<Entity> entities = List.of(
        entity("e1", "Jordan Lind", EntityType.PERSON, text, "Jordan Lind"),
        entity("e2", "Robin Okafor", EntityType.PERSON, text, "Robin Okafor"));
    Annotated annotated = TestAnnotator.get().annotate(text, null);

    List<Quote> quotes = STAGE.quotes(annotated, entities);

    assertThat(quoteWith(quotes, "costs would fall").speaker().entity()).isEqualTo("e2");
    assertThat(quoteWith(quotes, "been warned").speaker().entity()).isEqualTo("e1");
  }

  @Test
  void aPersonNamedInASourceSpeaksAheadOfTheBodyNamedWithHer() {
    String text = "A study by Harlow Institute economist Maria Lopez found that rents had doubled since 2015.";
    List<Entity> entities = List.of(
        entity("e1", "Harlow Institute", EntityType.ORGANIZATION, text, "Harlow Institute"),
        entity("e2", "Maria Lopez", EntityType.PERSON, text, "Maria Lopez"));
    Annotated annotated = TestAnnotator.get().annotate(text, null);

    List<Quote> quotes = STAGE.quotes(annotated, entities);

    assertThat(quoteWith(quotes, "rents had doubled").speaker().entity()).isEqualTo("e2");
  }
}
