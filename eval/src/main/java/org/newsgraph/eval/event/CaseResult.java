package org.newsgraph.eval.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.event.Coding;
import org.newsgraph.event.DiscardList;

/** What the coder produced for one suite sentence, compared with what the suite expects. */
public record CaseResult(PetrarchCase testCase, List<Coding> codings, Optional<DiscardList.Hit> discard) {

  public CaseResult {
    codings = List.copyOf(codings);
  }

  /** Whether one expected coding (or "no events", or an expected discard) was produced. */
  public boolean passed(ExpectedCoding expected) {
    if (expected.noEvents()) {
      return codings.isEmpty() && discard.isEmpty();
    }
    if (expected.error() != null) {
      return switch (expected.error()) {
        case "storydiscard" -> discard.filter(h -> h.scope() == DiscardList.Scope.STORY).isPresent();
        case "sentencediscard" -> discard.filter(h -> h.scope() == DiscardList.Scope.SENTENCE).isPresent();
        default -> false;
      };
    }
    return codings.stream().anyMatch(c -> c.source().equals(expected.source())
        && c.target().equals(expected.target()) && c.cameo().equals(expected.event()));
  }

  public int passedCount() {
    return (int) testCase.expected().stream().filter(this::passed).count();
  }

  /** Codings produced that the suite does not expect. */
  public List<Coding> extras() {
    List<Coding> extras = new ArrayList<>();
    for (Coding c : codings) {
      boolean expected = testCase.expected().stream().anyMatch(e -> e.isCoding() && c.source().equals(e.source())
          && c.target().equals(e.target()) && c.cameo().equals(e.event()));
      if (!expected) {
        extras.add(c);
      }
    }
    return extras;
  }

  /** Whether every expectation passed and nothing else was coded. */
  public boolean exact() {
    return passedCount() == testCase.expected().size() && extras().isEmpty();
  }
}
