package org.newsgraph.event;

import java.util.List;
import java.util.Set;

/**
 * One verb of a verb block, possibly multi-word ({@code +CORDON_OFF}, {@code WIRE_+TAP}).
 *
 * @param base the verb word as written, e.g. {@code TAP}
 * @param forms every inflected form the verb word may take (generated regular forms plus listed irregular ones)
 * @param before words that must immediately precede the verb word
 * @param after words that must immediately follow it
 * @param code the verb's own code, or null to use its block's
 */
public record VerbForm(String base, Set<String> forms, List<String> before, List<String> after, EventCode code,
    int line) {

  public VerbForm {
    forms = Set.copyOf(forms);
    before = List.copyOf(before);
    after = List.copyOf(after);
  }
}
