package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CameoActorCodeTest {

  private final CameoTypeCodes types = CameoTypeCodes.load();

  @Test
  void splitsCountryAndTypeFromGovernmentCode() {
    CameoActorCode code = CameoActorCode.parse("RUSGOV", types);

    assertThat(code.country()).isEqualTo("RUS");
    assertThat(code.types()).containsExactly("GOV");
  }

  @Test
  void codeWithoutCountryHasOnlyTypes() {
    CameoActorCode code = CameoActorCode.parse("---BUS", types);

    assertThat(code.country()).isNull();
    assertThat(code.types()).containsExactly("BUS");
  }

  @Test
  void organizationCodeStartingWithTypeHasNoCountry() {
    CameoActorCode code = CameoActorCode.parse("IGOWSTNAT", types);

    assertThat(code.country()).isNull();
    assertThat(code.types()).containsExactly("IGO");
  }
}
