package org.brandpulse.ingest.store;

/** The store could not do what was asked: I/O failure, a rejected document, a bad query. */
public class StoreException extends Exception {

  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
