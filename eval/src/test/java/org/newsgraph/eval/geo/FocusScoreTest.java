package org.newsgraph.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Focus;

class FocusScoreTest {

  private static FocusScore.Result result(String coded, String iso3, Focus focus) {
    return new FocusScore.Result(new CodedArticle("1", coded, "", "text"), iso3, focus, null);
  }

  @Test
  void uncodedArticleIsRightUnderCliffsProtocolAndLeftOutOfTheStrictScore() {
    FocusScore score = new FocusScore("set", List.of(result("", "", Focus.NONE)));
    assertThat(score.cliffRight()).isEqualTo(1);
    assertThat(score.coded()).isZero();
  }

  @Test
  void codedCountryAmongTheFocusCountriesIsRightOnlyUnderCliffsProtocolWhenNotTheMainOne() {
    FocusScore score = new FocusScore("set",
        List.of(result("RU", "RUS", new Focus("SYR", List.of("SYR", "RUS"), null))));
    assertThat(score.cliffRight()).isEqualTo(1);
    assertThat(score.strictRight()).isZero();
  }

  @Test
  void readsCliffsJsonFields(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("set.json");
    Files.writeString(file, "[{\"handCodedCountryCode\":\"GB\",\"handCodedPlaceName\":\"UK\","
        + "\"mediacloudId\":\"7\",\"text\":\"A short story about rain.\"}]");
    assertThat(CodedArticles.read(file)).containsExactly(new CodedArticle("7", "GB", "UK",
        "A short story about rain."));
  }
}
