package org.newsgraph.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Lets a write through only when the request carries the server's token as {@code Authorization: Bearer ...}. */
public final class WriteGuard {

  private final Optional<byte[]> token;

  public WriteGuard(Optional<String> token) {
    this.token = token.map(value -> value.getBytes(StandardCharsets.UTF_8));
  }

  /** Throws unless {@code ctx} may write. */
  public void check(Context ctx) {
    check(bearer(ctx.header("Authorization")));
  }

  /** Throws unless {@code presented} is the token. */
  public void check(String presented) {
    if (token.isEmpty()) {
      throw new ApiException(403, "WRITES_DISABLED",
          "this server was started without a write token (--token or NEWSGRAPH_TOKEN), so it stores nothing");
    }
    // Constant-time comparison: the time taken says nothing about how much of a guess was right.
    if (presented == null
        || !MessageDigest.isEqual(token.get(), presented.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(401, "UNAUTHORIZED", "storing needs the server's token as 'Authorization: Bearer TOKEN'");
    }
  }

  private static String bearer(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return header.substring(7).trim();
  }
}
