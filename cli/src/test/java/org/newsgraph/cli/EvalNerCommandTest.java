package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalNerCommandTest {

  @Test
  void exitsWithTwoAndSaysSoWhenTheDataIsAbsent() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Main()).setErr(new PrintWriter(err));

    int exit = cli.execute("eval", "ner", "--data", "no-such-dir/eng.testa");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("No CoNLL-2003 data at no-such-dir");
  }
}
