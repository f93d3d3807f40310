package org.newsgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.nlp.TestAnnotator;

/** Checks the entities a careful analyst reads out of the founding example, when ../shared is present. */
class EntitySeedTest {

  private static final Path EXAMPLES = Path.of("..", "..", "shared", "examples");

  @Test
  void findsEveryExpectedEntityOfTheSeedArticleWithItsType() throws IOException {
    Path article = EXAMPLES.resolve("seed-article.txt");
    Path expected = EXAMPLES.resolve("seed-article.expected.json");
    Assumptions.assumeTrue(Files.isRegularFile(article) && Files.isRegularFile(expected),
        "../shared/examples is absent");
    String text = Files.readString(article);
    // Cleaning is another stage's job: the reposter's bio starts at "Author:".
    int bio = text.indexOf("\nAuthor:");
    String body = bio < 0 ? text : text.substring(0, bio + 1);
    List<Entity> found = new EntityStage().entities(TestAnnotator.get().annotate(body, LocalDate.of(2022, 5, 16)),
        null);

    List<String> misses = new ArrayList<>();
    for (JsonNode want : new ObjectMapper().readTree(expected.toFile()).get("entities")) {
      String name = want.get("name").asText();
      String type = want.get("type").asText();
      List<String> forms = new ArrayList<>(List.of(name));
      if (want.has("also")) {
        want.get("also").forEach(a -> forms.add(a.asText()));
      }
      Entity match = found.stream().filter(e -> e.type().name().equals(type) && names(e).contains(lower(name)))
          .findFirst().orElse(null);
      if (match == null) {
        misses.add(type + " " + name);
        continue;
      }
      for (String form : forms) {
        boolean written = Pattern.compile("(?<![\\p{L}.])" + Pattern.quote(form) + "(?![\\p{L}])").matcher(body)
            .find();
        if (written && !names(match).contains(lower(form))) {
          misses.add(name + " without its form " + form);
        }
      }
    }
    assertThat(misses).isEmpty();
  }

  private static List<String> names(Entity entity) {
    List<String> names = new ArrayList<>(List.of(lower(entity.name())));
    entity.aliases().forEach(a -> names.add(lower(a)));
    return names;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
