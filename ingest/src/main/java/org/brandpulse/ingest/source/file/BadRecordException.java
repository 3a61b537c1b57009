package org.brandpulse.ingest.source.file;

/** A record could not be turned into a post; the message names the field and what was expected. */
final class BadRecordException extends Exception {

  private static final long serialVersionUID = 1L;

  BadRecordException(String message) {
    super(message, null, false, false);
  }
}
