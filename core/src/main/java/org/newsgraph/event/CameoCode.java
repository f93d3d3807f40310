package org.newsgraph.event;

import java.util.List;

/**
 * A CAMEO event code with its Goldstein intensity and its PLOVER 2.0 reading.
 *
 * @param goldstein the Goldstein scale value (-10 conflict … +10 cooperation), or null when unknown
 * @param ploverType the PLOVER event type, e.g. {@code CONSULT}, or null when PLOVER has no counterpart (CAMEO's
 *     public statements, 01)
 * @param ploverMode the PLOVER mode, e.g. {@code visit}, or null
 * @param contexts the PLOVER contexts, e.g. {@code diplomatic}
 * @param quad the quad category 1–4 (verbal/material cooperation, verbal/material conflict), or null
 */
public record CameoCode(String code, String name, Double goldstein, String ploverType, String ploverMode,
    List<String> contexts, Integer quad) {

  public CameoCode {
    contexts = List.copyOf(contexts);
  }
}
