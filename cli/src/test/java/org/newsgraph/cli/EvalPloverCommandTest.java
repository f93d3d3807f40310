package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalPloverCommandTest {

  @TempDir
  Path dir;

  private final CommandRun cli = new CommandRun();

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void missingRecordsExitWithTwoAndSayWhereTheyLive() {
    int exit = run("eval", "plover", dir.resolve("absent.txt").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(cli.err()).contains("PLOVER gold records are missing").contains("../shared/data/events");
  }

  @Test
  void helpNamesTheDefaultRecords() {
    int exit = run("eval", "plover", "--help");

    assertThat(exit).isZero();
    assertThat(cli.out()).contains("PLOVER_GSR_CAMEO.txt");
  }
}
