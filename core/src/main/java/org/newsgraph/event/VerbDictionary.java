package org.newsgraph.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The verb dictionary: verb blocks with their patterns, looked up by a word's form or lemma. Immutable. */
public final class VerbDictionary {

  private final List<VerbBlock> blocks;
  private final Map<String, List<VerbSense>> byForm;
  private final Map<String, List<VerbSense>> byBase;

  public VerbDictionary(List<VerbBlock> blocks) {
    this.blocks = List.copyOf(blocks);
    Map<String, List<VerbSense>> forms = new HashMap<>();
    Map<String, List<VerbSense>> bases = new HashMap<>();
    for (VerbBlock block : this.blocks) {
      for (VerbForm verb : block.verbs()) {
        VerbSense sense = new VerbSense(block, verb);
        for (String form : verb.forms()) {
          forms.computeIfAbsent(form, k -> new ArrayList<>()).add(sense);
        }
        bases.computeIfAbsent(verb.base(), k -> new ArrayList<>()).add(sense);
      }
    }
    this.byForm = freeze(forms);
    this.byBase = freeze(bases);
  }

  private static Map<String, List<VerbSense>> freeze(Map<String, List<VerbSense>> map) {
    Map<String, List<VerbSense>> frozen = new HashMap<>();
    map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return Map.copyOf(frozen);
  }

  /**
   * The senses a verb token may have: those whose forms include its text first (the dictionary names the form),
   * then those whose base is its lemma.
   */
  public List<VerbSense> senses(String upperText, String upperLemma) {
    Set<VerbSense> senses = new LinkedHashSet<>(byForm.getOrDefault(upperText, List.of()));
    if (upperLemma != null) {
      senses.addAll(byBase.getOrDefault(upperLemma, List.of()));
    }
    return List.copyOf(senses);
  }

  public List<VerbBlock> blocks() {
    return blocks;
  }

  public int patternCount() {
    return blocks.stream().mapToInt(b -> b.patterns().size()).sum();
  }
}
