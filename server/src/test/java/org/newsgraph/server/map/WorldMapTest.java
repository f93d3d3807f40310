package org.newsgraph.server.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorldMapTest {

  @Test
  void theShippedAtlasGivesAShapeForEachCountryKeyedByItsAlpha3Code() {
    WorldMap map = WorldMap.load();
    assertThat(map.countries()).hasSizeGreaterThan(170);
    assertThat(map.countries()).anySatisfy(country -> {
      assertThat(country.iso3()).isEqualTo("FRA");
      assertThat(country.path()).startsWith("M").contains("Z");
    });
  }

  @Test
  void longitudeAndLatitudeMapOntoTheFrame() {
    assertThat(WorldMap.x(-180)).isZero();
    assertThat(WorldMap.x(180)).isEqualTo(WorldMap.WIDTH);
    assertThat(WorldMap.y(0)).isEqualTo(WorldMap.HEIGHT / 2.0);
  }
}
