package org.brandpulse.app.demo.accesslog;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.brandpulse.ingest.metrics.accesslog.Channel;

/** Running totals of what the generator planted, turned into a {@link PlantedTruth} at the end. */
final class Counts {
  long lines;
  long malformed;
  long humanRequests;
  long humanPageviews;
  long sessions;
  long conversions;
  long botRequests;
  long disguisedBotRequests;
  final Set<Object> visitors = new HashSet<>();
  final Set<String> visitorDays = new HashSet<>();
  final Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);

  void session(Object visitor, String key, LocalDate day, Channel channel, boolean converted) {
    sessions++;
    conversions += converted ? 1 : 0;
    visitors.add(visitor);
    visitorDays.add(day + " " + key);
    byChannel.merge(channel, 1L, Long::sum);
  }

  PlantedTruth truth() {
    return new PlantedTruth(
        lines,
        malformed,
        humanRequests,
        humanPageviews,
        sessions,
        visitors.size(),
        visitorDays.size(),
        conversions,
        botRequests,
        disguisedBotRequests,
        byChannel);
  }
}
