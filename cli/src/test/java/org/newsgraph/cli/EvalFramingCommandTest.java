package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalFramingCommandTest {

  @Test
  void exitsWithTwoAndSaysSoWhenThePolnearDataIsAbsent() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Main()).setErr(new PrintWriter(err));

    int exit = cli.execute("eval", "framing", "--data", "no-such-dir/polnear");

    assertThat(exit).isEqualTo(EvalFramingCommand.DATA_MISSING);
    assertThat(err.toString()).contains("no PolNeAR dev split at").contains("no-such-dir");
  }
}
