package org.newsgraph.kb;

import java.time.LocalDate;
import java.util.List;

/**
 * An international organization with its CAMEO code and dated member states.
 *
 * @param id newsgraph's short id ({@code NATO})
 * @param sector the PLOVER sector, {@code IGO}
 */
public record Igo(String id, String name, String cameo, String sector, List<Membership> members) {

  public Igo {
    members = List.copyOf(members);
  }

  /** The ISO alpha-3 codes of the members on {@code date} (all listed members when the date is unknown). */
  public List<String> membersAt(LocalDate date) {
    return members.stream().filter(m -> date == null ? m.range().to() == null : m.range().covers(date))
        .map(Membership::country).toList();
  }

  /** One country's membership and when it held. */
  public record Membership(String country, DateRange range) {}
}
