package org.brandpulse.nlp;

/** How urgent a complaint is, lowest first. */
public enum Severity {
  NONE,
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
