package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalGeoCommandTest {

  @Test
  void exitsWithTwoAndSaysSoWhenTheDataIsAbsent() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Main()).setErr(new PrintWriter(err));

    int exit = cli.execute("eval", "geo", "--data", "no-such-dir");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("No CLIFF hand-coded set at no-such-dir");
  }
}
