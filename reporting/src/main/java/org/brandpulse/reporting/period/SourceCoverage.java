package org.brandpulse.reporting.period;

import java.time.LocalDate;

/**
 * The days a metrics source of a site has data for.
 *
 * @param source the source's name
 * @param first its first day with data
 * @param last its last day with data
 * @param days how many days have data
 */
public record SourceCoverage(String source, LocalDate first, LocalDate last, long days) {}
