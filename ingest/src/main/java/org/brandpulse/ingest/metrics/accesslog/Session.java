package org.brandpulse.ingest.metrics.accesslog;

import java.time.Instant;

/** Mutable state of one open session, owned by {@link Sessionizer}. */
final class Session {
  final String visitor;
  final Instant start;
  Instant last;
  int requests;
  int assets;
  int downloads;
  int feeds;
  int apiCalls;
  int pageviews;
  boolean robots;
  String landing;
  String exit;
  Channel channel;
  long goals;
  String origin = "";

  Session(String visitor, Instant start) {
    this.visitor = visitor;
    this.start = start;
    this.last = start;
  }
}
