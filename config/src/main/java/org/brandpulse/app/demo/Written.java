package org.brandpulse.app.demo;

import java.util.List;

/** A file's text as a writer made it and the malformed records planted in it. */
record Written(String content, List<MalformedRecord> malformed) {
  Written {
    malformed = List.copyOf(malformed);
  }
}
