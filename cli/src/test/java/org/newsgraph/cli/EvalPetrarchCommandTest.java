package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalPetrarchCommandTest {

  @TempDir
  Path dir;

  private final CommandRun cli = new CommandRun();

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void missingSuiteExitsWithTwoAndSaysWhereItLives() {
    int exit = run("eval", "petrarch", dir.resolve("absent.xml").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(cli.err()).contains("PETRARCH suite is missing").contains("../shared/data/events");
  }

  @Test
  void helpNamesTheDefaultSuite() {
    int exit = run("eval", "petrarch", "--help");

    assertThat(exit).isZero();
    assertThat(cli.out()).contains("PETR.UnitTest.records");
  }
}
