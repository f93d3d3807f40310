package org.newsgraph.eval.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event gold reader joins each article to its text and refuses a span its offsets do not give. */
class ArticleEventGoldTest {

  private static final String TEXT = "Norland condemned Southia on Monday.";

  @TempDir
  Path data;

  private Path gold(String line) throws IOException {
    Path text = data.resolve("polnear/dev/text/wire_2016-09-12_story.txt");
    Files.createDirectories(text.getParent());
    Files.writeString(text, TEXT);
    Path gold = data.resolve("gold.jsonl");
    Files.writeString(gold, line + "\n");
    return gold;
  }

  private static String line(int actorEnd, String actorText) {
    return "{\"article\":\"polnear/dev/text/wire_2016-09-12_story.txt\",\"half\":\"A\",\"chars\":36,\"events\":["
        + "{\"id\":\"g1\",\"type\":\"ACCUSE\",\"mode\":\"disapprove\","
        + "\"trigger\":{\"start\":8,\"end\":17,\"text\":\"condemned\"},"
        + "\"actor\":[{\"start\":0,\"end\":" + actorEnd + ",\"text\":\"" + actorText + "\"}],"
        + "\"recipient\":[{\"start\":18,\"end\":25,\"text\":\"Southia\"}],"
        + "\"date\":{\"start\":29,\"end\":35,\"text\":\"Monday\"},\"place\":null,"
        + "\"negated\":false,\"hypothetical\":false,\"future\":false,\"reported\":false}]}";
  }

  @Test
  void readsAnArticleWithItsTextDateAndEvents() throws IOException {
    List<GoldArticle> articles = new ArticleEventGold(data).read(gold(line(7, "Norland")));

    GoldArticle article = articles.get(0);
    assertThat(article.text()).isEqualTo(TEXT);
    assertThat(article.published()).isEqualTo(LocalDate.of(2016, 9, 12));
    GoldEvent event = article.events().get(0);
    assertThat(event.type()).isEqualTo("ACCUSE");
    assertThat(event.actor()).extracting(GoldSpan::text).containsExactly("Norland");
    assertThat(event.date().text()).isEqualTo("Monday");
  }

  @Test
  void refusesASpanWhoseOffsetsDoNotGiveItsText() throws IOException {
    Path gold = gold(line(6, "Norland"));

    assertThatThrownBy(() -> new ArticleEventGold(data).read(gold)).isInstanceOf(IOException.class)
        .hasMessageContaining("g1").hasMessageContaining("Norland");
  }
}
