package org.brandpulse.ingest.pipeline;

import java.util.Set;

/** The brands' own accounts: whose posts are the brand speaking, and each brand's handles. */
public interface OwnHandles {

  /** The brands whose own handle this is (empty for everybody else, or a null handle). */
  Set<String> brandsSpeakingAs(String handle);

  /** The own handles of these brands (for the analysis: "@bazarly_help" addresses the brand). */
  Set<String> handlesOf(Set<String> brands);

  /** No brand has handles. */
  OwnHandles NONE =
      new OwnHandles() {
        @Override
        public Set<String> brandsSpeakingAs(String handle) {
          return Set.of();
        }

        @Override
        public Set<String> handlesOf(Set<String> brands) {
          return Set.of();
        }
      };
}
