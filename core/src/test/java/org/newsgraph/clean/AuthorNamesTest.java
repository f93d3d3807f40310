package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {

  private final AuthorNames names = new AuthorNames();

  @Test
  void dropsByAndSplitsAListOfNames() {
    assertThat(names.people(List.of("By Dana Whitfield and Omar Reyes"), null, null))
        .containsExactly("Dana Whitfield", "Omar Reyes");
  }

  @Test
  void leavesOutStaffDesksAndAgencies() {
    assertThat(names.people(List.of("Staff", "Metro Desk", "The Associated Press", "Dana Whitfield"), null, null))
        .containsExactly("Dana Whitfield");
  }

  @Test
  void leavesOutTheOutletAndTheSiteAsAuthors() {
    assertThat(names.people(List.of("Valley Courier", "Dana Whitfield, Valley Courier"), "The Valley Courier",
        null)).containsExactly("Dana Whitfield");
    assertThat(names.people(List.of("Courier"), null, "valleycourier.example")).isEmpty();
  }

  @Test
  void leavesOutAcronymsLoginsAndAddresses() {
    assertThat(names.people(List.of("AFP", "webeditor2", "https://social.example/dana", "jdoe"), null, null))
        .isEmpty();
  }
}
