package org.newsgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.TestAnnotator;

class EntityStageRandomInputTest {

  private static final String[] WORDS = {"President", "Anna", "Berg", "Berg’s", "of", "State", "the", "(", ")",
      "UN", "United", "Nations", "U.S.", "Polish", "Poles", "said", "-led", "Washington", "state", ",", ".", "\n\n",
      "Secretary", "Minister", "Kenya", "Nairobi", "he", "his", "’s", "-", "Acme", "Corp", "ACME", "Mr."};

  @Test
  void keepsEveryMentionInsideTheTextOnRandomInput() {
    EntityStage stage = new EntityStage();
    Random random = new Random(20240304);
    for (int round = 0; round < 20; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 60; i++) {
        text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String input = text.toString();
      List<Entity> entities = stage.entities(TestAnnotator.get().annotate(input, null), "Acme Corp");
      for (Entity entity : entities) {
        assertThat(entity.mentions()).isNotEmpty();
        for (Mention mention : entity.mentions()) {
          assertThat(input.substring(mention.start(), mention.end())).isEqualTo(mention.text());
        }
      }
    }
  }
}
