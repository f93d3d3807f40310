package org.newsgraph.eval.seed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Entity;

/**
 * The seed's knowledge-base expectations ({@code seed-links.tsv}): each named entity's {@code kb} facts and the
 * article's focus country.
 */
final class LinkChecks {

  private LinkChecks() {}

  static List<Check> check(Analysis analysis) {
    List<Check> checks = new ArrayList<>();
    for (String[] row : rows()) {
      String label = row[0] + " → " + row[1];
      if (row[0].equals("focus")) {
        String want = row[1].substring("country=".length());
        String got = analysis.focus().country();
        checks.add(new Check("links", label, want.equals(got), want.equals(got) ? "" : "got " + got));
        continue;
      }
      Optional<Entity> entity = analysis.entities().stream().filter(e -> e.name().equalsIgnoreCase(row[0])
          || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(row[0]))).findFirst();
      if (entity.isEmpty()) {
        checks.add(new Check("links", label, false, "no such entity"));
        continue;
      }
      List<String> wrong = wrong(entity.get().kb(), row[1]);
      checks.add(new Check("links", label, wrong.isEmpty(), String.join(", ", wrong)));
    }
    return checks;
  }

  private static List<String> wrong(Map<String, Object> kb, String expectations) {
    List<String> wrong = new ArrayList<>();
    if (kb.isEmpty()) {
      return List.of("not linked");
    }
    for (String expectation : expectations.split(" ")) {
      int eq = expectation.indexOf('=');
      String key = eq < 0 ? expectation : expectation.substring(0, eq);
      Object got = kb.get(key);
      if (eq < 0) {
        if (got == null) {
          wrong.add("no " + key);
        }
      } else if (key.equals("members")) {
        List<String> want = List.of(expectation.substring(eq + 1).split(","));
        if (!(got instanceof Collection<?> members) || !members.containsAll(want)) {
          wrong.add("members " + got);
        }
      } else if (!expectation.substring(eq + 1).equals(String.valueOf(got))) {
        wrong.add(key + " " + got);
      }
    }
    return wrong;
  }

  private static List<String[]> rows() {
    InputStream in = LinkChecks.class.getResourceAsStream("seed-links.tsv");
    if (in == null) {
      throw new IllegalStateException("missing resource org/newsgraph/eval/seed/seed-links.tsv");
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
