/**
 * The complaint domain, free of storage: which of a brand's own replies answers a complaint case,
 * and the time-to-first-reply figures reports show. The application keeps cases and replies in its
 * database and asks these classes what follows.
 */
package org.brandpulse.reporting.complaints;
