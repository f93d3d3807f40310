package org.newsgraph.fetch;

import java.net.URI;
import java.time.Instant;

/** What came of fetching one URL: the page, or why there is none. */
public sealed interface Fetched {

  /** The URL asked for. */
  URI uri();

  /**
   * A page fetched (or, after a 304, taken from the cache).
   *
   * @param finalUri where the page was found after redirects
   * @param contentType the response's Content-Type header, or null
   * @param fetchedAt when the response came (for a 304, when the cached copy was first fetched)
   * @param notModified the server answered 304 Not Modified and the body is the cached one
   */
  record Page(URI uri, URI finalUri, int status, String contentType, byte[] body, Instant fetchedAt,
      boolean notModified) implements Fetched {}

  /**
   * No page, and why.
   *
   * @param reason a machine-readable reason
   */
  record Refused(URI uri, Reason reason, String message) implements Fetched {}

  /** Why a URL gave no page. */
  enum Reason {
    ROBOTS_DISALLOWED,
    HTTP_ERROR,
    TOO_LARGE,
    TIMEOUT,
    UNREACHABLE,
    TOO_MANY_REDIRECTS,
    NOT_HTTP
  }
}
