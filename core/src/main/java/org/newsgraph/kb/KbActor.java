package org.newsgraph.kb;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A person or organization of the Phoenix actor dictionaries with its dated roles.
 *
 * @param person true for people (leaders and officials), false for organizations
 */
public record KbActor(boolean person, String name, List<Role> roles) {

  public KbActor {
    roles = List.copyOf(roles);
  }

  /**
   * The role on {@code date}: a dated role covering it, else the undated default; without a date, the role that
   * began last.
   */
  public Optional<Role> roleAt(LocalDate date) {
    if (date == null) {
      return roles.stream().filter(r -> r.range().from() != null && r.range().to() == null)
          .max(Comparator.comparing(r -> r.range().from()))
          .or(() -> roles.stream().filter(r -> r.range().undated()).findFirst());
    }
    return roles.stream().filter(r -> !r.range().undated() && r.covers(date)).findFirst()
        .or(() -> roles.stream().filter(r -> r.range().undated()).findFirst());
  }

  /** True when a dated role covers {@code date} (not just the default). */
  public boolean activeAt(LocalDate date) {
    return date != null && roles.stream().anyMatch(r -> !r.range().undated() && r.covers(date));
  }
}
