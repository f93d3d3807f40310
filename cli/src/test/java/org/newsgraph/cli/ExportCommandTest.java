package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {

  private static final String ANALYSIS = "{\"schema\":\"newsgraph/1\",\"article\":{\"id\":\"abc\",\"url\":null,"
      + "\"published\":\"2024-05-02\",\"text\":\"Ministers met on Thursday.\"},\"entities\":[],\"events\":[{\"id\":\"v1\","
      + "\"type\":\"CONSULT\",\"cameo\":\"040\",\"quad\":1,\"actor\":{\"name\":\"Ministers\",\"code\":\"---GOV\"},"
      + "\"date\":\"2024-05-02\",\"evidence\":{\"start\":10,\"end\":13}}],\"places\":[],\"tone\":{\"score\":0.0}}";
  private static final String ERROR = "{\"schema\":\"newsgraph/1\",\"input\":\"x.txt\","
      + "\"error\":{\"code\":\"empty\",\"message\":\"no text\"}}";

  @Test
  void writesOneGdeltRowPerEventAndSkipsErrorRecords(@TempDir Path directory) throws IOException {
    Path input = directory.resolve("all.jsonl");
    Files.writeString(input, ANALYSIS + "\n" + ERROR + "\n", StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new Main());
    command.setOut(new PrintWriter(out));

    int code = command.execute("export", "--format", "gdelt-events", input.toString());

    assertThat(code).isZero();
    assertThat(out.toString().lines()).singleElement()
        .satisfies(line -> assertThat(line.split("\t", -1)).hasSize(61));
  }
}
