package org.newsgraph.server;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** What every failed API request answers: a machine-readable code and a sentence for people. */
@JsonPropertyOrder({"code", "message"})
public record ApiError(String code, String message) {

  /** The body of an error response: {@code {"error": {"code": ..., "message": ...}}}. */
  public record Body(ApiError error) {}
}
