package org.newsgraph.eval.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.entity.NameGender;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Segment;
import org.newsgraph.model.Speaker;

class SpeakerCheckTest {

  private static final NameGender NAMES = NameGender.load();

  private static final String TEXT = "Norland's leader Ada Varga said the border would stay open. He said more.";
  private static final Entity NORLAND = new Entity("e1", "Norland", EntityType.COUNTRY, List.of(), List.of(),
      Map.of(), List.of(new Mention(0, 7, "Norland")));
  private static final Entity VARGA = new Entity("e2", "Ada Varga", EntityType.PERSON, List.of(), List.of(),
      Map.of(), List.of(new Mention(17, 26, "Ada Varga")));
  private static final Relation GOLD_NAMED = new Relation(Span.of(0, 26), Span.of(27, 31), Span.of(32, 58));
  private static final Relation GOLD_PRONOUN = new Relation(Span.of(60, 62), Span.of(63, 67), Span.of(68, 72));

  private static Quote quote(String entity, int start, int end) {
    return new Quote("q1", TEXT.substring(start, end), start, end, List.of(new Segment(start, end)),
        QuoteKind.INDIRECT, new Speaker(entity, "speaker", 0, 26), null, null);
  }

  @Test
  void aSourceNamingAPersonExpectsThePersonNotTheCountryBeforeIt() {
    SpeakerCheck check = new SpeakerCheck(List.of(NORLAND, VARGA), NAMES);

    assertThat(check.namedEntity(TEXT, GOLD_NAMED.source())).isEqualTo("e2");
  }

  @Test
  void theHeadNameIsTheLastBeforeTheCommaNotAPossessor() {
    String text = "Varga spokesman Tom Reed said so. Varga's deputy, Lena Holm, said so.";
    Entity varga = person("e1", "Ada Varga", new Mention(0, 5, "Varga"), new Mention(34, 39, "Varga"));
    Entity reed = person("e2", "Tom Reed", new Mention(16, 24, "Tom Reed"));
    Entity holm = person("e3", "Lena Holm", new Mention(50, 59, "Lena Holm"));
    SpeakerCheck check = new SpeakerCheck(List.of(varga, reed, holm), NAMES);

    assertThat(check.namedEntity(text, Span.of(0, 24))).isEqualTo("e2");
    assertThat(check.namedEntity(text, Span.of(34, 59))).isEqualTo("e3");
  }

  private static Entity person(String id, String name, Mention... mentions) {
    return new Entity(id, name, EntityType.PERSON, List.of(), List.of(), Map.of(), List.of(mentions));
  }

  @Test
  void countsAQuoteResolvedToTheNamedEntityAsRight() {
    SpeakerTally tally = new SpeakerCheck(List.of(NORLAND, VARGA), NAMES)
        .tally(TEXT, List.of(GOLD_NAMED), List.of(quote("e2", 32, 58)), new int[] {0});

    assertThat(tally).isEqualTo(new SpeakerTally(1, 1, 0, 0, 0, 0, 0));
  }

  @Test
  void countsAQuoteResolvedToAnotherEntityAsWrong() {
    SpeakerTally tally = new SpeakerCheck(List.of(NORLAND, VARGA), NAMES)
        .tally(TEXT, List.of(GOLD_NAMED), List.of(quote("e1", 32, 58)), new int[] {0});

    assertThat(tally).isEqualTo(new SpeakerTally(1, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void aBarePronounSourceCountsWhetherItResolved() {
    SpeakerTally tally = new SpeakerCheck(List.of(NORLAND, VARGA), NAMES)
        .tally(TEXT, List.of(GOLD_PRONOUN), List.of(quote("e1", 68, 72)), new int[] {0});

    assertThat(tally).isEqualTo(new SpeakerTally(0, 0, 0, 1, 1, 0, 0));
  }

  @Test
  void aHeSourceResolvedToAWomanClashes() {
    SpeakerTally tally = new SpeakerCheck(List.of(NORLAND, VARGA), NAMES)
        .tally(TEXT, List.of(GOLD_PRONOUN), List.of(quote("e2", 68, 72)), new int[] {0});

    assertThat(tally).isEqualTo(new SpeakerTally(0, 0, 0, 1, 1, 1, 0));
  }

  @Test
  void aSheSourceResolvedToAWomanByHerHonorificAgrees() {
    String text = "Mrs. Varga said the border would stay open. She said more.";
    Entity varga = person("e1", "Varga", new Mention(5, 10, "Varga"));
    Relation gold = new Relation(Span.of(44, 47), Span.of(48, 52), Span.of(53, 57));
    Quote quote = new Quote("q1", "more", 53, 57, List.of(new Segment(53, 57)), QuoteKind.INDIRECT,
        new Speaker("e1", "Varga", 44, 47), null, null);

    SpeakerTally tally = new SpeakerCheck(List.of(varga), NAMES).tally(text, List.of(gold), List.of(quote), new int[] {0});

    assertThat(tally).isEqualTo(new SpeakerTally(0, 0, 0, 1, 1, 1, 1));
  }

  @Test
  void aQuoteWithoutASpeakerIsLeftToTheSourceScore() {
    Quote speakerless = new Quote("q1", "the border would stay open", 32, 58, List.of(new Segment(32, 58)),
        QuoteKind.INDIRECT, null, null, null);

    SpeakerTally tally = new SpeakerCheck(List.of(NORLAND, VARGA), NAMES)
        .tally(TEXT, List.of(GOLD_NAMED), List.of(speakerless), new int[] {0});

    assertThat(tally).isEqualTo(SpeakerTally.ZERO);
  }

  @Test
  void unpairedQuotesAreNotCounted() {
    SpeakerTally tally = new SpeakerCheck(List.of(NORLAND, VARGA), NAMES)
        .tally(TEXT, List.of(GOLD_NAMED), List.of(quote(null, 32, 58)), new int[] {-1});

    assertThat(tally).isEqualTo(SpeakerTally.ZERO);
  }
}
