package org.newsgraph.model;

/** The coarse kind of a document entity. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  STATE_OR_PROVINCE,
  CITY,
  LOCATION,
  NATIONALITY,
  MISC
}
