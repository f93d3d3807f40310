package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalPloverCommandTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine command = new CommandLine(new Main());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }

  @Test
  void missingRecordsExitWithTwoAndSayWhereTheyLive() {
    int exit = run("eval", "plover", dir.resolve("absent.txt").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("PLOVER gold records are missing").contains("../shared/data/events");
  }

  @Test
  void helpNamesTheDefaultRecords() {
    int exit = run("eval", "plover", "--help");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("PLOVER_GSR_CAMEO.txt");
  }
}
