package org.brandpulse.nlp;

/** Kinds of named entities. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  PRODUCT,
  LOCATION,
  BRAND,
  OTHER
}
