package org.newsgraph.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyClustersTest {

  private static final String WIRE = """
      The port authority said on Tuesday that dredging of the north channel will begin in May, after two years of
      delays caused by a dispute over where the silt would be dumped. Officials expect the work to take eleven weeks.
      Fishermen's groups had sued to stop the plan, arguing that the dumping site lay too close to spawning grounds.
      A judge dismissed the suit in January. The authority's director, Marta Quist, said the deeper channel would let
      larger container ships call at the port for the first time. "This is the day we have waited for," she said.
      Shipping companies have said they would add two weekly routes once the work is done.
      """;

  private final MinHasher hasher = MinHasher.standard();

  @Test
  void aRepostWithAnotherHeadlineABylineAndClutterJoinsTheOriginalsCluster() {
    CopyClusters clusters = CopyClusters.standard();
    clusters.add("original", hasher.sign(WIRE));

    CopyClusters.Cluster repost = clusters.add("repost", hasher.sign("Harbor work finally set to begin\n\nBy Dana "
        + "Whitfield | Valley Times\n\n" + WIRE + "\nRelated: School board delays vote\n\nFollow Valley Times on "
        + "Facebook and Twitter for the latest news."));

    assertThat(repost.earliest()).isEqualTo("original");
    assertThat(repost.copies()).isEqualTo(2);
  }

  @Test
  void aCopyWithItsEndingTrimmedIsContainedInTheOriginal() {
    String trimmed = WIRE.substring(0, WIRE.indexOf("A judge"));

    assertThat(hasher.sign(trimmed).containment(hasher.sign(WIRE))).isGreaterThan(0.7);
  }

  @Test
  void anotherStoryOnTheSameEventIsNotACopy() {
    String other = """
        Container ships will be able to reach the north channel from August, Marta Quist of the port authority told
        a meeting of shippers on Tuesday, once dredging that starts in May is complete. Fishermen who lost their case
        in January said they would keep watching the spawning grounds. Two shipping lines confirmed new routes.
        """;
    CopyClusters clusters = CopyClusters.standard();
    clusters.add("original", hasher.sign(WIRE));

    assertThat(clusters.add("other", hasher.sign(other)).copies()).isEqualTo(1);
  }

  @Test
  void bandKeysAreTermsAnIndexCanHold() {
    assertThat(hasher.sign(WIRE).bandKeys(CopyClusters.BANDS)).hasSize(64).allMatch(k -> k.matches("b\\d+-[0-9a-f]+"));
  }

  @Test
  void theSameTextGivesTheSameSignature() {
    assertThat(hasher.sign(WIRE)).isEqualTo(MinHasher.standard().sign(WIRE));
  }
}
