/**
 * {@code brandpulse.yml}: the one configuration file.
 *
 * <p>{@link org.brandpulse.app.settings.SettingsLoader} reads it strictly: an unknown key, a value
 * of the wrong type or out of range stops the start with a {@link
 * org.brandpulse.app.settings.SettingsException} naming the file, line, column, the key's path and
 * the accepted keys or values. Secrets are never in the file: keys ending in {@code Env} name the
 * environment variable that holds them.
 */
package org.brandpulse.app.settings;
