package org.newsgraph.eval.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Segment;

/** Events found in an article judged against its gold: right, wrong roles, wrong type, or no event at all. */
class ArticleEventReportTest {

  // 0         1         2         3         4         5         6
  // 0123456789012345678901234567890123456789012345678901234567890123456
  // Norland condemned Southia. Southia called the mayor on Monday.
  private static final String TEXT = "Norland condemned Southia. Southia called the mayor on Monday.";
  private static final Entity NORLAND = new Entity("e1", "Norland", EntityType.COUNTRY, List.of(), List.of(), null,
      List.of(new Mention(0, 7, "Norland")));
  private static final Entity SOUTHIA = new Entity("e2", "Southia", EntityType.COUNTRY, List.of(), List.of(), null,
      List.of(new Mention(18, 25, "Southia"), new Mention(27, 34, "Southia")));

  private static GoldEvent condemned() {
    return new GoldEvent("g1", "ACCUSE", "disapprove", new GoldSpan(8, 17, "condemned", null),
        List.of(new GoldSpan(0, 7, "Norland", null)), List.of(new GoldSpan(18, 25, "Southia", null)), null, null,
        false, false, false, false);
  }

  private static Event event(String type, Entity actor, Entity recipient, int start, int end, Double confidence) {
    return new Event("v1", type, "111", 3, null, new Actor(actor.id(), actor.name(), null),
        recipient == null ? null : new Actor(recipient.id(), recipient.name(), null), null, false, null, false, false,
        false, new Segment(start, end), null, confidence);
  }

  private static ArticleEventReport report(double threshold, Event... found) {
    GoldArticle article = new GoldArticle("polnear/dev/text/x.txt", "A", TEXT, null, List.of(condemned()));
    ArticleEventReport.Scored scored = new ArticleEventReport.Scored(article, TEXT, List.of(found),
        List.of(NORLAND, SOUTHIA), List.of(new int[] {0, 26}, new int[] {27, 62}), article.events(), 0);
    return new ArticleEventReport(List.of(scored), threshold, 0);
  }

  @Test
  void anEventWithTheGoldTypeActorAndRecipientIsRightAndRecallsIt() {
    ArticleEventReport report = report(0.5, event("ACCUSE", NORLAND, SOUTHIA, 8, 17, 0.9));

    assertThat(report.events()).isEqualTo(new ArticleEventReport.Score(1, 1, 1, 1));
  }

  @Test
  void aSwappedRecipientHasTheRightTypeButIsNotRight() {
    ArticleEventReport report = report(0.5, event("ACCUSE", NORLAND, NORLAND, 8, 17, 0.9));

    assertThat(report.judged().get(0).kind()).isEqualTo(ArticleEventReport.Kind.RECIPIENT);
    assertThat(report.types().right()).isEqualTo(1);
    assertThat(report.events().right()).isZero();
  }

  @Test
  void anEventInASentenceWithoutGoldIsNoEvent() {
    ArticleEventReport report = report(0.5, event("CONSULT", SOUTHIA, null, 35, 41, 0.9));

    assertThat(report.judged().get(0).kind()).isEqualTo(ArticleEventReport.Kind.NO_EVENT);
  }

  @Test
  void eventsBelowTheThresholdAreNotScored() {
    ArticleEventReport report = report(0.5, event("CONSULT", SOUTHIA, null, 35, 41, 0.2));

    assertThat(report.events().found()).isZero();
    assertThat(report.atThreshold(0.1).events().found()).isEqualTo(1);
  }
}
