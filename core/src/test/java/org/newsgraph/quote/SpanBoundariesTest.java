package org.newsgraph.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Segment;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.TestAnnotator;
import org.newsgraph.quote.SpanBoundaries.Edge;
import org.newsgraph.quote.SpanBoundaries.Option;

class SpanBoundariesTest {

  private static final String TEXT = "Governor Lee said that the state would cut taxes next year.\n\n"
      + "The plan drew criticism from teachers.";

  private static Segment segment(String words) {
    int start = TEXT.indexOf(words);
    return new Segment(start, start + words.length());
  }

  private static List<Option> options(Edge edge, String content) {
    Annotated annotated = TestAnnotator.get().annotate(TEXT, null);
    return new SpanBoundaries(annotated).options(edge, List.of(segment(content)), segment("said"),
        segment("Governor Lee"));
  }

  @Test
  void offersTheRulesBoundaryAndTheWordsAroundIt() {
    List<Option> options = options(Edge.CONTENT_START, "the state would cut taxes next year");

    assertThat(options).extracting(Option::offset)
        .contains(TEXT.indexOf("that"), TEXT.indexOf("the state"), TEXT.indexOf("would"));
    assertThat(options).filteredOn(option -> option.offset() == TEXT.indexOf("the state"))
        .singleElement().satisfies(option -> assertThat(option.features()).contains("cs|d=0"));
  }

  @Test
  void neverWidensTheContentOverItsCue() {
    List<Option> options = options(Edge.CONTENT_START, "the state would cut taxes next year");

    assertThat(options).extracting(Option::offset).allMatch(offset -> offset >= TEXT.indexOf("said") + 4);
  }

  @Test
  void staysWithinTheParagraph() {
    List<Option> options = options(Edge.CONTENT_END, "the state would cut taxes next year");

    assertThat(options).extracting(Option::offset).allMatch(offset -> offset <= TEXT.indexOf('\n'))
        .contains(TEXT.indexOf("year.") + "year.".length());
  }

  @Test
  void describesTheSpeakersNameByItsEntityClassNotItsWords() {
    List<Option> options = options(Edge.SOURCE_START, "the state would cut taxes next year");

    assertThat(options).isNotEmpty();
    assertThat(options).flatExtracting(Option::features).noneMatch(feature -> feature.contains("lee"))
        .contains("ss|in.w=<PERSON>");
  }

  @Test
  void offersNothingForAnEdgeInsideAWord() {
    assertThat(options(Edge.CONTENT_START, "tate would cut taxes next year")).isEmpty();
  }

  @Test
  void offersNoSourceAndEachNounPhraseOfTheCueSentenceOutsideTheContent() {
    String text = "Protesters marched through the capital, demanding that the minister resign.";
    Annotated annotated = TestAnnotator.get().annotate(text, null);
    int content = text.indexOf("that the minister");
    int cue = text.indexOf("demanding");

    List<Option> heads = new SpanBoundaries(annotated).sourceHeads(
        List.of(new Segment(content, text.length() - 1)), new Segment(cue, cue + "demanding".length()), -1);

    assertThat(heads).extracting(option -> option.offset() < 0 ? "none"
        : annotated.tokens().get(option.offset()).text()).containsExactlyInAnyOrder("none", "Protesters", "capital");
  }
}
