package org.brandpulse.app.settings;

/** The configuration file is missing, unreadable or invalid; the message says where and why. */
public class SettingsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SettingsException(String message) {
    super(message);
  }

  public SettingsException(String message, Throwable cause) {
    super(message, cause);
  }
}
