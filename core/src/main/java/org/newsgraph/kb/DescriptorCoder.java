package org.newsgraph.kb;

import java.util.List;
import java.util.Optional;

/**
 * Codes an actor from the words the article describes it with: a country named or implied in the descriptor
 * ("Belarusian president" → BLR, "Secretary of State" → USA) and the agent the descriptor names ("president" →
 * GOV, "Senate" → LEG, "Armed Forces" → MIL).
 */
final class DescriptorCoder {

  /** What a descriptor says: the code, the descriptor it came from, and how sure the coding is. */
  record Coded(ActorCode code, String descriptor, double confidence) {}

  private final KnowledgeBase kb;

  DescriptorCoder(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The best coding from several descriptors (titles first, then names); empty when none names an agent or country. */
  Optional<Coded> code(List<String> descriptors) {
    Coded best = null;
    for (String descriptor : descriptors) {
      Optional<Coded> coded = code(descriptor);
      if (coded.isPresent() && (best == null || coded.get().confidence() > best.confidence())) {
        best = coded.get();
      }
    }
    return Optional.ofNullable(best);
  }

  Optional<Coded> code(String descriptor) {
    Optional<KbCountry> named = kb.countryIn(descriptor);
    Optional<KbCountry> country = named.or(() -> kb.hintedCountryIn(descriptor));
    Optional<String> agent = kb.agentIn(descriptor);
    if (country.isEmpty() && agent.isEmpty()) {
      return Optional.empty();
    }
    double confidence = country.isEmpty() ? 0.4 : agent.isEmpty() ? 0.6 : named.isPresent() ? 0.85 : 0.75;
    return Optional.of(new Coded(ActorCode.of(country.map(KbCountry::iso3).orElse(null), agent.orElse(null)),
        descriptor, confidence));
  }
}
