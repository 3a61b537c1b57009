/**
 * A realistic access-log generator, for the demo and the benchmarks.
 *
 * <p>{@link org.brandpulse.app.demo.accesslog.AccessLogGenerator} writes a deterministic
 * combined-format log of a shop from a {@link org.brandpulse.app.demo.accesslog.LogProfile} (line
 * count, days, weekday and growth profile, spike days, goal ratio, bot share) and returns the
 * {@link org.brandpulse.app.demo.accesslog.PlantedTruth}: human pageviews, sessions, visitors and
 * bot requests, counted the way the sessionizer counts them, so tests can hold the pipeline to it.
 * {@link org.brandpulse.app.demo.accesslog.LogProfile#demoShop} is the 90-day log of the demo shop
 * Bazarly. Not in the library jars.
 */
package org.brandpulse.app.demo.accesslog;
