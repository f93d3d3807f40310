package org.newsgraph.eval.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.quote.QuoteStage;

class QuoteEvaluationTest {

  @TempDir
  Path root;

  @Test
  void readsTheFirstListedAnnotatorAsGoldAndCountsEveryGoldRelation() throws IOException {
    String text = "The mayor said the bridge would reopen.";
    Files.writeString(root.resolve("metadata.tsv"),
        "compartment\tfilename\tlevel\tannotators\ndev\tsample-article\t1\tab12|cd34\n");
    Files.createDirectories(root.resolve("dev/text"));
    Files.createDirectories(root.resolve("dev/attributions"));
    Files.writeString(root.resolve("dev/text/sample-article.txt"), text);
    Files.writeString(root.resolve("dev/attributions/sample-article_ab12.ann"), String.join("\n",
        "T1\tSource 0 9\tThe mayor", "T2\tCue 10 14\tsaid", "T3\tContent 15 38\tthe bridge would reopen",
        "T4\tAttribution 10 14\tsaid", "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1", ""));
    Files.writeString(root.resolve("dev/attributions/sample-article_cd34.ann"), "");
    TextAnnotator unparsed = (input, anchor) -> new Annotated(input, List.of(), List.of(), List.of(), List.of());

    QuoteScores scores = new QuoteEvaluation(unparsed, annotated -> List.of(), new QuoteStage())
        .evaluate(root, "dev", null);

    assertThat(scores.articles()).isEqualTo(1);
    assertThat(scores.goldRelations()).isEqualTo(1);
    assertThat(scores.predictedRelations()).isZero();
    assertThat(scores.exact("content").recall()).isZero();
    assertThat(scores.table()).contains("| source |", "| cue |", "| content |");
  }
}
