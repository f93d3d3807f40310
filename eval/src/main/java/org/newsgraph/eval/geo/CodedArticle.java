package org.newsgraph.eval.geo;

/**
 * One article of CLIFF's hand-coded focus sets.
 *
 * @param country the hand-coded focus country, ISO alpha-2; empty when the coder found no place
 * @param place the coder's place name ("Scotland", "UK")
 */
public record CodedArticle(String id, String country, String place, String text) {

  /** CLIFF counts an article without a hand-coded country as right whatever is found. */
  public boolean uncoded() {
    return country.isEmpty() || country.equals("None");
  }
}
