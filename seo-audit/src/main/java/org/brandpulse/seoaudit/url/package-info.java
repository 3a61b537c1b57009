/**
 * URL normalisation and hashing for the crawler.
 *
 * <p>{@link org.brandpulse.seoaudit.url.UrlNormalizer} turns a raw {@code href} (resolved against
 * the page's base) into one canonical string: lower-case scheme and host, IDN hosts in ASCII,
 * default ports removed, fragment dropped, dot segments resolved, percent-encoding normalised
 * (upper-case hex, unreserved characters decoded, illegal characters encoded as UTF-8). Two URLs
 * are the same page exactly when their normalised strings are equal: never compare {@code
 * java.net.URL} objects, whose {@code equals} resolves host names.
 *
 * <p>{@link org.brandpulse.seoaudit.url.UrlHash} maps a normalised URL to 64 bits so the crawler's
 * seen-set stays small ({@link org.brandpulse.seoaudit.url.LongHashSet}, 8 bytes per URL).
 */
package org.brandpulse.seoaudit.url;
