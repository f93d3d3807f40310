package org.newsgraph.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.quote.SpanBoundaries.Option;

class SpanModelTest {

  /** Edges whose right boundary is always the option just after "that", never the one before it. */
  private static SpanModel trained() {
    List<List<List<String>>> groups = new ArrayList<>();
    List<Integer> gold = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      groups.add(List.of(List.of("cs|d=0", "cs|in.w=that"), List.of("cs|d=+1", "cs|out.w=that")));
      gold.add(1);
      groups.add(List.of(List.of("cs|d=0", "cs|in.w=the"), List.of("cs|d=-1", "cs|in.w=said")));
      gold.add(0);
    }
    return SpanModel.train(groups, gold, 1.0);
  }

  private static SpanModel table(String lines) throws Exception {
    return SpanModel.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void ranksFirstTheOptionThatWasRightInTraining() {
    SpanModel model = trained();

    List<Option> options = List.of(new Option(10, List.of("cs|d=0", "cs|in.w=that")),
        new Option(15, List.of("cs|d=+1", "cs|out.w=that")));

    assertThat(model.choose(options, 10)).isEqualTo(15);
    assertThat(model.score(List.of("cs|out.w=that"))).isGreaterThan(model.score(List.of("cs|in.w=that")));
  }

  @Test
  void keepsTheRulesBoundaryOnATie() throws Exception {
    SpanModel model = table("cs|d=0\t0.0\n");

    List<Option> options = List.of(new Option(4, List.of("cs|unknown")), new Option(9, List.of("cs|d=0")));

    assertThat(model.choose(options, 9)).isEqualTo(9);
  }

  @Test
  void keepsTheRulesBoundaryWithoutOptions() throws Exception {
    assertThat(table("").choose(List.of(), 42)).isEqualTo(42);
  }

  @Test
  void givesTheChosenBoundaryItsSoftmaxProbabilityAmongTheOptions() throws Exception {
    SpanModel model = table("cs|d=0\t0.0\ncs|in.w=said\t1.0\n");

    SpanModel.Choice choice = model.decide(List.of(new Option(4, List.of("cs|d=0")),
        new Option(9, List.of("cs|in.w=said"))), 4);

    assertThat(choice.offset()).isEqualTo(9);
    assertThat(choice.probability()).isCloseTo(Math.exp(1) / (1 + Math.exp(1)), within(1e-9));
  }

  @Test
  void hasNoProbabilityWithoutOptions() throws Exception {
    assertThat(table("").decide(List.of(), 42).probability()).isNaN();
  }

  @Test
  void readsBackTheTableItWrites() throws Exception {
    SpanModel model = trained();

    SpanModel read = table("# header\n" + String.join("\n", model.lines()) + "\n");

    assertThat(read.lines()).isEqualTo(model.lines());
  }

  @Test
  void trainsTheSameTableTwice() {
    assertThat(trained().lines()).isEqualTo(trained().lines());
  }
}
