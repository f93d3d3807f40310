package org.newsgraph.eval.ner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.entity.EntityStage;
import org.newsgraph.entity.Gazetteer;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.NamedSpan;
import org.newsgraph.nlp.TextAnnotator;

/**
 * Scores named entities on CoNLL documents for three systems in one pass: CoreNLP's own name spans, the entity
 * stage's mentions, and the entity stage's mentions with demonyms typed MISC the way CoNLL tags them ("Russian"
 * is MISC in CoNLL, a mention of the COUNTRY Russia in newsgraph).
 */
public final class NerEvaluation {

  public static final String CORENLP = "(a) CoreNLP NER spans";
  public static final String ENTITY_STAGE = "(b) EntityStage mentions";
  public static final String ENTITY_STAGE_DEMONYMS = "(b') EntityStage mentions, demonyms as MISC";

  private final TextAnnotator annotator;
  private final EntityStage stage;
  private final Gazetteer gazetteer;

  public NerEvaluation(TextAnnotator annotator) {
    this.annotator = annotator;
    this.gazetteer = Gazetteer.load();
    this.stage = new EntityStage(gazetteer);
  }

  /** Annotates each document once and scores the three systems on it. */
  public Map<String, NerScore> score(List<ConllDocument> documents) {
    Map<String, NerScore> scores = new LinkedHashMap<>();
    scores.put(CORENLP, new NerScore());
    scores.put(ENTITY_STAGE, new NerScore());
    scores.put(ENTITY_STAGE_DEMONYMS, new NerScore());
    for (ConllDocument document : documents) {
      List<LabeledSpan> gold = document.goldSpans();
      Annotated annotated = annotator.annotate(document.text(), null);
      scores.get(CORENLP).add(gold, coreNlpSpans(document, annotated));
      List<Entity> entities = stage.entities(annotated, null);
      scores.get(ENTITY_STAGE).add(gold, stageSpans(document, entities, false));
      scores.get(ENTITY_STAGE_DEMONYMS).add(gold, stageSpans(document, entities, true));
    }
    return scores;
  }

  // Spans whose tokens carry no tag are pronouns CoreNLP 4.5 adds to its mentions, not the models' output.
  static List<LabeledSpan> coreNlpSpans(ConllDocument document, Annotated annotated) {
    List<LabeledSpan> spans = new ArrayList<>();
    for (NamedSpan name : annotated.names()) {
      String type = switch (name.type()) {
        case "PERSON" -> "PER";
        case "ORGANIZATION" -> "ORG";
        case "LOCATION" -> "LOC";
        case "MISC" -> "MISC";
        default -> null;
      };
      boolean tagged = annotated.tokens().subList(name.firstToken(), name.endToken()).stream()
          .anyMatch(t -> !t.ner().equals("O"));
      if (type != null && tagged) {
        addSpan(document, name.start(), name.end(), type, spans);
      }
    }
    return spans;
  }

  private List<LabeledSpan> stageSpans(ConllDocument document, List<Entity> entities, boolean demonymsAsMisc) {
    List<LabeledSpan> spans = new ArrayList<>();
    for (Entity entity : entities) {
      for (Mention mention : entity.nameMentions()) {
        String type = conllType(entity.type());
        if (demonymsAsMisc && entity.type() == EntityType.COUNTRY && isDemonym(mention.text())) {
          type = "MISC";
        }
        addSpan(document, mention.start(), mention.end(), type, spans);
      }
    }
    return spans;
  }

  private boolean isDemonym(String word) {
    return gazetteer.country(word).isEmpty() && gazetteer.countryOfAdjective(word).isPresent();
  }

  static String conllType(EntityType type) {
    return switch (type) {
      case PERSON -> "PER";
      case ORGANIZATION -> "ORG";
      case COUNTRY, STATE_OR_PROVINCE, CITY, LOCATION -> "LOC";
      case NATIONALITY, MISC -> "MISC";
    };
  }

  private static void addSpan(ConllDocument document, int start, int end, String type, List<LabeledSpan> spans) {
    int[] tokens = document.tokensOf(start, end);
    if (tokens != null) {
      spans.add(new LabeledSpan(tokens[0], tokens[1], type));
    }
  }
}
