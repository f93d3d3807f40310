package org.newsgraph.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.kb.ActorCode;
import org.newsgraph.kb.KbLink;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/** Who an actor phrase names, over hand-made entities and links (no parser): appositions, governments, codes. */
class ActorResolverTest {

  private static final Set<String> GOVERNMENT = Set.of("administration", "government");

  private static Entity entity(String id, String name, EntityType type, String text, String... surfaces) {
    List<Mention> mentions = new ArrayList<>();
    for (String surface : surfaces) {
      for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        mentions.add(new Mention(at, at + surface.length(), surface));
      }
    }
    return new Entity(id, name, type, List.of(), List.of(), Map.of(), mentions);
  }

  /** The phrase {@code phrase} of the text, headed by its last word, read by the coder at {@code word}. */
  private static ActorPhrase phrase(String text, String phrase, String word) {
    int start = text.indexOf(phrase);
    int end = start + phrase.length();
    int head = text.lastIndexOf(' ', end - 1) + 1;
    int w = text.indexOf(word, start);
    return new ActorPhrase(w, w + word.length(), head, end, start, end);
  }

  private static KbLink link(String country, String cameo, double confidence) {
    return new KbLink.ActorLink("phoenix:someone", "Someone", true, new ActorCode(cameo, country, "GOV"), null,
        "President", confidence);
  }

  @Test
  void aNameSetOffAfterADescriptorIsTheActor() {
    String text = "Leaders met the military alliance, the Nordic Defense Union (NDU), on Friday.";
    Entity union = entity("e1", "Nordic Defense Union", EntityType.ORGANIZATION, text, "Nordic Defense Union");
    ActorResolver resolver = new ActorResolver(List.of(union), Map.of(), text, GOVERNMENT);

    Actor actor = resolver.resolve("---MIL", phrase(text, "the military alliance", "military"));

    assertThat(actor.entity()).isEqualTo("e1");
  }

  @Test
  void aListAfterADescriptorDoesNotNameIt() {
    String text = "Poland criticized the military alliance, Russia and Belarus, on Friday.";
    Entity russia = entity("e1", "Russia", EntityType.COUNTRY, text, "Russia");
    ActorResolver resolver = new ActorResolver(List.of(russia), Map.of(), text, GOVERNMENT);

    Actor actor = resolver.resolve("---MIL", phrase(text, "the military alliance", "military"));

    assertThat(actor.entity()).isNull();
  }

  @Test
  void theKnowledgeBaseCodeOfALinkedEntityIsPreferred() {
    String text = "Zelensky criticized Hungary.";
    Entity zelensky = entity("e1", "Volodymyr Zelensky", EntityType.PERSON, text, "Zelensky");
    ActorResolver resolver = new ActorResolver(List.of(zelensky), Map.of("e1", link("UKR", "UKRGOV", 0.85)), text,
        GOVERNMENT);
    ActorPhrase phrase = phrase(text, "Zelensky", "Zelensky");

    assertThat(resolver.resolve("---", phrase).code()).isEqualTo("UKRGOV");
    assertThat(resolver.resolve("---GOV", phrase).code()).isEqualTo("UKRGOV");
    assertThat(resolver.resolve("RUSELI", phrase).code()).isEqualTo("UKRGOV");
  }

  @Test
  void theCodersCodeStandsWhereItRefinesTheLinkedCountry() {
    String text = "Zelensky criticized Hungary.";
    Entity zelensky = entity("e1", "Volodymyr Zelensky", EntityType.PERSON, text, "Zelensky");
    ActorResolver resolver = new ActorResolver(List.of(zelensky), Map.of("e1", link("UKR", "UKRELI", 0.85)), text,
        GOVERNMENT);

    assertThat(resolver.resolve("UKRGOV", phrase(text, "Zelensky", "Zelensky")).code()).isEqualTo("UKRGOV");
  }

  @Test
  void anUnsureLinkDoesNotOverrideTheCoder() {
    String text = "Zelensky criticized Hungary.";
    Entity zelensky = entity("e1", "Volodymyr Zelensky", EntityType.PERSON, text, "Zelensky");
    ActorResolver resolver = new ActorResolver(List.of(zelensky), Map.of("e1", link("RUS", "RUSGOV", 0.2)), text,
        GOVERNMENT);

    assertThat(resolver.resolve("UKRGOV", phrase(text, "Zelensky", "Zelensky")).code()).isEqualTo("UKRGOV");
  }

  @Test
  void theGovernmentIsTheCountryOfTheNameAnEarlierUseOfTheNounCarried() {
    String text = "The Kovac government met on Monday. Later the government sent aid to Ukraine.";
    Entity kovac = entity("e1", "Ivan Kovac", EntityType.PERSON, text, "Kovac");
    Entity croatia = entity("e2", "Croatia", EntityType.COUNTRY, text);
    Map<String, KbLink> links = Map.of("e1", link("HRV", "HRVGOV", 0.8),
        "e2", new KbLink.CountryLink("HRV", "HR", "Croatia", 3202326L, "Zagreb", 0.95));
    ActorResolver resolver = new ActorResolver(List.of(kovac, croatia), links, text, GOVERNMENT);

    int second = text.lastIndexOf("the government");
    ActorPhrase phrase = new ActorPhrase(second + 4, second + 14, second + 4, second + 14, second, second + 14);
    Actor actor = resolver.resolve("---GOV", phrase);

    assertThat(actor.code()).isEqualTo("HRVGOV");
    assertThat(actor.entity()).isEqualTo("e2");
  }

  @Test
  void aGovernmentWithoutAnyNamedCountryKeepsTheAgentCode() {
    String text = "The government sent aid to Ukraine.";
    ActorResolver resolver = new ActorResolver(List.of(), Map.of(), text, GOVERNMENT);

    Actor actor = resolver.resolve("---GOV", new ActorPhrase(4, 14, 4, 14, 0, 14));

    assertThat(actor.code()).isEqualTo("---GOV");
    assertThat(actor.entity()).isNull();
  }

  @Test
  void aGovernmentNamedAfterItsLeaderIsTheLeadersCountry() {
    String text = "The Kovac government sent aid to Ukraine.";
    Entity kovac = entity("e1", "Ivan Kovac", EntityType.PERSON, text, "Kovac");
    ActorResolver resolver = new ActorResolver(List.of(kovac), Map.of("e1", link("HRV", "HRVGOV", 0.8)), text,
        GOVERNMENT);

    int kovacAt = text.indexOf("Kovac");
    int head = text.indexOf("government");
    Actor actor = resolver.resolve("---GOV", new ActorPhrase(kovacAt, kovacAt + 5, head, head + 10, 0, head + 10));

    assertThat(actor.code()).isEqualTo("HRVGOV");
    assertThat(actor.entity()).isNull();
  }

  @Test
  void aCapitalThatActsIsItsCountry() {
    String text = "Vilnius protested to Minsk on Monday.";
    Entity vilnius = entity("e1", "Vilnius", EntityType.CITY, text, "Vilnius");
    KbLink link = new KbLink.PlaceLink(593116L, "Vilnius", "LTU", 54.69, 25.28, "PPLC", 0.9);
    ActorResolver resolver = new ActorResolver(List.of(vilnius), Map.of("e1", link), text, GOVERNMENT);

    Actor actor = resolver.resolve("---", phrase(text, "Vilnius", "Vilnius"));

    assertThat(actor.entity()).isEqualTo("e1");
    assertThat(actor.code()).isEqualTo("LTU");
  }

  @Test
  void aCityThatIsNoCapitalGetsNoCountryCode() {
    String text = "Kaunas protested to Minsk on Monday.";
    Entity kaunas = entity("e1", "Kaunas", EntityType.CITY, text, "Kaunas");
    KbLink link = new KbLink.PlaceLink(598316L, "Kaunas", "LTU", 54.90, 23.90, "PPLA", 0.9);
    ActorResolver resolver = new ActorResolver(List.of(kaunas), Map.of("e1", link), text, GOVERNMENT);

    assertThat(resolver.resolve("---", phrase(text, "Kaunas", "Kaunas")).code()).isNull();
  }
}
