package org.newsgraph.eval.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimeType;

class TimeMlReaderTest {

  private static final String DOCUMENT = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>X1</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-02" functionInDocument="CREATION_TIME">19980302</TIMEX3></DCT>
      <TEXT>
      Shares of A&amp;B <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-27">Friday</TIMEX3> \
      after <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> of gains.
      </TEXT>
      </TimeML>
      """;

  @Test
  void readsTextWithoutTagsAndGoldSpansIntoIt(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("X1.tml");
    Files.writeString(file, DOCUMENT);
    TimeMlDocument document = new TimeMlReader().read(file);
    assertThat(document.text()).isEqualTo("\nShares of A&B fell Friday after three days of gains.\n");
    assertThat(document.gold()).extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
        .containsExactly(tuple("Friday", TimeType.DATE, "1998-02-27"), tuple("three days", TimeType.DURATION, "P3D"));
    assertThat(document.gold()).allSatisfy(t ->
        assertThat(document.text().substring(t.start(), t.end())).isEqualTo(t.text()));
  }

  @Test
  void anchorsOnTheCreationTimeOutsideTheText(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("X1.tml");
    Files.writeString(file, DOCUMENT);
    TimeMlDocument document = new TimeMlReader().read(file);
    assertThat(document.anchor()).isEqualTo(LocalDate.of(1998, 3, 2));
    assertThat(document.gold()).noneMatch(t -> t.text().equals("19980302"));
  }

  @Test
  void readsTheTimeBankAndAquaintFoldersOfADataDirectory(@TempDir Path directory) throws IOException {
    Files.createDirectories(directory.resolve("TimeBank"));
    Files.createDirectories(directory.resolve("AQUAINT"));
    Files.createDirectories(directory.resolve("other"));
    Files.writeString(directory.resolve("TimeBank/A.tml"), DOCUMENT);
    Files.writeString(directory.resolve("AQUAINT/B.tml"), DOCUMENT);
    Files.writeString(directory.resolve("other/C.tml"), DOCUMENT);
    assertThat(new TimeMlReader().readAll(directory)).extracting(TimeMlDocument::name).containsExactly("A", "B");
  }
}
