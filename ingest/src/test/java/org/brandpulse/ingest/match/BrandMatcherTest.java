package org.brandpulse.ingest.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrandMatcherTest {

  private final BrandMatcher matcher =
      new BrandMatcher(
          List.of(
              new BrandQuery("Bazarly", "bazarly OR \"bazarly.com\" OR বাজারলি OR @bazarly"),
              new BrandQuery("ShopCo", "\"shop co\" OR shopco* NOT (shopcorp OR jobs)"),
              new BrandQuery("Café Lumière", "\"cafe lumiere\" AND (coffee OR কফি)"),
              new BrandQuery("Dokan", "dokan AND NOT \"dokan plugin\""),
              new BrandQuery("Arabic", "بازارلي")));

  @AfterEach
  void close() {
    matcher.close();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Ordered from Bazarly yesterday                      | Bazarly",
        "checkout on bazarly.com failed                      | Bazarly",
        "বাজারলি থেকে অর্ডার করেছি                          | Bazarly",
        "thanks @bazarly for the quick refund                | Bazarly",
        "#Bazarly #sale                                      | Bazarly",
        "BAZARLY!!!                                          | Bazarly",
        "my shop co order and bazarly's too                  | Bazarly,ShopCo",
        "ShopCoMart opened a new store                       | ShopCo",
        "shopco jobs fair                                    | ''",
        "shopcorp is something else                          | ''",
        "CAFÉ LUMIÈRE coffee was great ☕                    | Café Lumière",
        "cafe lumiere কফি দারুণ                              | Café Lumière",
        "cafe lumiere tea only                               | ''",
        "dokan delivered 👍                                  | Dokan",
        "install the dokan plugin                            | ''",
        "شكرا بازارلي                                       | Arabic",
        "nothing relevant here 😀                            | ''",
      })
  void matchesBrandsByTheirQueries(String text, String expected) {
    Set<String> want = expected.isEmpty() ? Set.of() : Set.of(expected.split(","));
    assertThat(matcher.match(text)).isEqualTo(want);
  }

  @Test
  void batchMatchingAgreesWithSingleMatching() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      texts.add(
          i % 3 == 0 ? "post " + i + " about #bazarly" : i % 3 == 1 ? "shopco " + i : "ঢাকা " + i);
    }
    List<Set<String>> batch = matcher.match(texts);
    assertThat(batch).hasSize(300);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(batch.get(i)).as(texts.get(i)).isEqualTo(matcher.match(texts.get(i)));
    }
    assertThat(batch.get(0)).containsExactly("Bazarly");
    assertThat(batch.get(2)).isEmpty();
    assertThat(matcher.match(List.of())).isEmpty();
  }

  @Test
  void anInvalidQueryNamesTheBrandAndColumn() {
    assertThatThrownBy(
            () ->
                new BrandMatcher(
                    List.of(
                        new BrandQuery("Bazarly", "bazarly"),
                        new BrandQuery("Broken", "broken AND (oops"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Broken'")
        .hasMessageContaining("broken AND (oops")
        .hasMessageContaining("column");
  }

  @Test
  void aBrandConfiguredTwiceIsRefused() {
    assertThatThrownBy(
            () -> new BrandMatcher(List.of(new BrandQuery("A", "a"), new BrandQuery("A", "b"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'A'");
  }

  @Test
  void brandNamesAreSorted() {
    assertThat(matcher.brandNames())
        .containsExactly("Arabic", "Bazarly", "Café Lumière", "Dokan", "ShopCo");
  }
}
