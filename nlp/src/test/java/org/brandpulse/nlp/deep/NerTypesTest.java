package org.brandpulse.nlp.deep;

import static org.assertj.core.api.Assertions.assertThat;

import org.brandpulse.nlp.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NerTypesTest {

  @ParameterizedTest(name = "{0}/{1} -> {2}")
  @CsvSource({
    "PERSON, NNP, PERSON",
    "ORGANIZATION, NNP, ORGANIZATION",
    "organization, NNP, ORGANIZATION",
    "LOCATION, NNP, LOCATION",
    "CITY, NNP, LOCATION",
    "COUNTRY, NNP, LOCATION",
    "STATE_OR_PROVINCE, NNP, LOCATION",
    "MISC, NNP, PRODUCT",
    "MISC, JJ, OTHER",
    "MISC, NNPS, OTHER",
  })
  void mapsEntityTags(String tag, String pos, EntityType type) {
    assertThat(NerTypes.map(tag, pos)).contains(type);
  }

  @ParameterizedTest
  @CsvSource({"O", "DATE", "MONEY", "NUMBER", "DURATION", "''"})
  void numericTemporalAndOutsideTagsAreNoEntities(String tag) {
    assertThat(NerTypes.map(tag, "CD")).isEmpty();
  }

  @Test
  void missingTagIsNoEntity() {
    assertThat(NerTypes.map(null, null)).isEmpty();
    assertThat(NerTypes.map("MISC", null)).contains(EntityType.OTHER);
  }
}
