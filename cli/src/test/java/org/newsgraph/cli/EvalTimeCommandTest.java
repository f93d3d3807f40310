package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalTimeCommandTest {

  @Test
  void exitsWithCodeTwoAndSaysWhereWhenDataIsMissing(@TempDir Path directory) {
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new Main());
    command.setErr(new PrintWriter(err));
    int code = command.execute("eval", "time", "--data", directory.resolve("absent").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("no TempEval-3 data at").contains("absent");
  }
}
