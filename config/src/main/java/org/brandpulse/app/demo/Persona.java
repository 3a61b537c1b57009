package org.brandpulse.app.demo;

import java.util.Objects;

/** A made-up account: handle, display name, follower count and the voice it usually writes in. */
record Persona(String handle, String name, int followers, Voice voice) {
  Persona {
    Objects.requireNonNull(handle, "handle");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(voice, "voice");
    if (followers < 0) {
      throw new IllegalArgumentException("followers of " + handle + " is negative: " + followers);
    }
  }
}
