/**
 * The scheduled report in the application: the report job, the data the report sections read (over
 * JDBC and the post store), the archive of built reports, and the report e-mail sent through the
 * same outbox as complaint alerts. The sections themselves are built in {@code
 * org.brandpulse.reporting.report.build}.
 */
package org.brandpulse.app.report;
