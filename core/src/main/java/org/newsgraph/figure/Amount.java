package org.newsgraph.figure;

import java.math.BigDecimal;

/**
 * A number phrase with its currency or percent sign, tokens {@code [firstToken, endToken)}; the number itself ends
 * at {@code numberEnd}.
 *
 * @param currency ISO 4217 code, or null when the number is no sum of money
 */
record Amount(int firstToken, int numberEnd, int endToken, BigDecimal value, String currency, boolean percent) {

  boolean isMoney() {
    return currency != null;
  }
}
