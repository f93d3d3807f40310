package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heaviest bad inputs, given to the newsgraph command in a JVM of its own with the launcher's default heap: the
 * command lives through them, writes one record per input and goes on to the good article after them.
 */
class BadInputInTheLauncherHeapTest {

  /** The launcher's default heap (NEWSGRAPH_JAVA_OPTS unset). */
  private static final String LAUNCHER_HEAP = "-Xmx3g";

  private static final String[] WORDS = {"council", "budget", "vote", "mayor", "bridge", "officials", "said"};

  @TempDir
  Path dir;

  private static String words(int bytes) {
    StringBuilder text = new StringBuilder(bytes + 16);
    for (int i = 0; text.length() < bytes; i++) {
      text.append(WORDS[(i * 5 + i / 11) % WORDS.length]).append(' ');
    }
    return text.toString();
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void aFiveMegabyteLineAPageOf100000ElementsAndDeepNestingEachEndAsOneRecordAndTheBatchGoesOn()
      throws Exception {
    StringBuilder spans = new StringBuilder("<html><body><p>");
    for (int i = 0; i < 100_000; i++) {
      spans.append("<span>").append(WORDS[i % WORDS.length]).append(" </span>");
    }
    List<String> inputs = List.of(
        write("one-line.txt", words(5_000_000)).toString(),
        write("spans.html", spans.append("</p></body></html>").toString()).toString(),
        write("deep.html", "<html><body>" + "<div>".repeat(10_000) + "<p>The mayor said the bridge would reopen."
            + "</p>" + "</div>".repeat(10_000) + "</body></html>").toString(),
        write("good.txt", "The mayor of Riverton said on Monday that the bridge would reopen in May.\n").toString());
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        LAUNCHER_HEAP, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "analyze"));
    command.addAll(inputs);

    Process process = new ProcessBuilder(command).redirectOutput(dir.resolve("out.jsonl").toFile())
        .redirectError(dir.resolve("err.txt").toFile()).start();
    boolean ended = process.waitFor(10, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }

    String err = Files.readString(dir.resolve("err.txt"));
    List<String> lines = Files.readAllLines(dir.resolve("out.jsonl"));
    assertThat(ended).as("the command ends").isTrue();
    assertThat(err).doesNotContain("OutOfMemoryError", "StackOverflowError", "Exception");
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(lines).hasSize(inputs.size());
    ObjectMapper mapper = new ObjectMapper();
    for (int i = 0; i < lines.size(); i++) {
      assertThat(mapper.readTree(lines.get(i)).at("/input").asText()).isEqualTo(inputs.get(i));
    }
    JsonNode good = mapper.readTree(lines.get(3));
    assertThat(good.has("article")).isTrue();
    assertThat(mapper.readTree(lines.get(0)).at("/error/message").asText()).contains("--max-sentence-tokens");
    assertThat(mapper.readTree(lines.get(1)).at("/error/message").asText()).contains("--max-html-elements");
  }
}
