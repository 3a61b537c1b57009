package org.brandpulse.nlp.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.brandpulse.nlp.AnalysisContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * needsReply = (addressed to the brand or about an order) AND (complaint or asking for help) AND
 * NOT authored by the brand.
 */
class ComplaintNeedsReplyTest {

  @ParameterizedTest(name = "{0} (by brand: {1}) -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // addressed by handle, complaint
        "@AcmeHelp my blender arrived broken                    | false | true",
        // names the brand, complaint
        "My Acme blender arrived broken and cracked             | false | true",
        // about my order, no brand at all
        "Still waiting for my order, it never arrived           | false | true",
        // asks for help, addressed to the brand
        "@AcmeHelp how do I change my delivery address? help    | false | true",
        // Bengali: about my order, complaint
        "আমার অর্ডার এখনও পাইনি, খুব বাজে সার্ভিস              | false | true",
        // Bengali to the handle, asking for help
        "@AcmeHelp দয়া করে সাহায্য করুন, অর্ডার কোথায়?          | false | true",
        // a complaint in the brand's stream (ingest matched it to Acme) needs a reply even when it
        // neither @-addresses nor names the brand (issue 16)
        "The bus was late again, terrible                       | false | true",
        // the brand's own post never needs a reply
        "@AcmeHelp my blender arrived broken                    | true  | false",
        "Sorry to hear that! Your order is on its way 📦        | true  | false",
        // addressed to the brand but neither complaint nor question
        "Thanks @AcmeHelp, great service today                  | false | false",
        "Loving my Acme headphones 😍                            | false | false",
      })
  void needsReplyRules(String text, boolean authoredByBrand, boolean expected) {
    AnalysisContext ctx =
        new AnalysisContext(null, Set.of("Acme"), Set.of("AcmeHelp"), authoredByBrand, false);
    assertThat(ComplaintAnalyzerTest.complaint(text.strip(), ctx).needsReply()).isEqualTo(expected);
  }
}
