package org.newsgraph.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Annotated;
import org.newsgraph.nlp.Timex;
import org.newsgraph.nlp.Token;

/**
 * Splits a length of time and the date it falls in ("three weeks this spring", "several days in January"), which
 * SUTime joins into one expression with a value no reader can use ("2024-SP INTERSECT P3W"), into the duration and
 * the date TIMEX3 annotates apart.
 */
final class IntersectionSplitter {

  private static final Pattern DATE_AND_DURATION = Pattern.compile("(\\S+) INTERSECT (P\\S+)");
  /** Words between the two parts that belong to neither ("several days in January"). */
  private static final Set<String> LINKS = Set.of("in", "of", "during", "over");

  private final Durations durations;

  IntersectionSplitter(Durations durations) {
    this.durations = durations;
  }

  /** The timex as it is, or its duration and its date when it joins the two. */
  List<Timex> split(Timex timex, Annotated document) {
    Matcher m = timex.value() == null ? null : DATE_AND_DURATION.matcher(timex.value());
    if (m == null || !m.matches()) {
      return List.of(timex);
    }
    List<Token> tokens = document.tokens();
    for (int end = timex.firstToken() + 1; end < timex.endToken(); end++) {
      if (!durations.isUnit(tokens.get(end - 1).text())) {
        continue;
      }
      Optional<String> duration = durations.value(tokens.subList(timex.firstToken(), end));
      if (duration.isEmpty()) {
        return List.of(timex);
      }
      int dateStart = end;
      while (dateStart < timex.endToken()
          && LINKS.contains(tokens.get(dateStart).text().toLowerCase(Locale.ROOT))) {
        dateStart++;
      }
      if (dateStart >= timex.endToken()) {
        return List.of(timex);
      }
      return List.of(piece(document, timex.firstToken(), end, "DURATION", duration.get()),
          piece(document, dateStart, timex.endToken(), "DATE", m.group(1)));
    }
    return List.of(timex);
  }

  private static Timex piece(Annotated document, int first, int end, String type, String value) {
    int start = document.tokens().get(first).start();
    int stop = document.tokens().get(end - 1).end();
    return new Timex(start, stop, document.text().substring(start, stop), type, value, first, end);
  }
}
