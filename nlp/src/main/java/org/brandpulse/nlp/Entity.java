package org.brandpulse.nlp;

import java.util.Objects;

/** A named entity found in a text, as written there. */
public record Entity(String text, EntityType type) {
  public Entity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
