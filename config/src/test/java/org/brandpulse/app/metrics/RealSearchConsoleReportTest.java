package org.brandpulse.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brandpulse.app.testing.CliRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly report and its e-mail (real SMTP, GreenMail) of a site with the real Search Console
 * export and a later one made from it ({@link RealSearchExports}): the Search Console section shows
 * clicks, impressions, CTR and position, and the top queries and pages against the previous export
 * with the hostile query escaped and the Bengali page decoded.
 */
class RealSearchConsoleReportTest {

  @TempDir Path dir;

  @Test
  void theReportAndItsEmailShowTheTopQueriesAndPagesEscaped() throws Exception {
    RealSearchExports.require();
    Path config = dir.resolve("brandpulse.yml");
    Files.writeString(
        config,
        """
        brands:
          - {name: HCI Direct, query: hcidirect, recipients: [marketing@hcidirect.example]}
        sites:
          - {name: zechanah, url: https://www.hcidirect.co.uk, brand: HCI Direct}
        """);
    CliRun cli = new CliRun(dir, "-c", config.toString());
    Path later = RealSearchExports.writeLater(dir.resolve("later"));
    for (Path export : List.of(RealSearchExports.REAL, later)) {
      assertThat(
              cli.run("metrics", "import", "--site", "zechanah", "--search-console", "" + export))
          .as(cli.err())
          .isZero();
    }
    GreenMail mail =
        new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.SMTP}));
    mail.start();
    try {
      System.setProperty("spring.mail.host", "127.0.0.1");
      System.setProperty("spring.mail.port", Integer.toString(mail.getSmtp().getPort()));
      Path out = dir.resolve("out");
      assertThat(
              cli.run(
                  "report",
                  "--period",
                  "week",
                  "--date",
                  "2025-05-12",
                  "--out",
                  "" + out,
                  "--email",
                  "--from",
                  "reports@brandpulse.example"))
          .as(cli.err())
          .isZero();

      String html = Files.readString(out.resolve("hci-direct-2025-W20.html"));
      Document doc = Jsoup.parse(html);
      assertThat(doc.select("#search h2").text())
          .isEqualTo("Search Console: clicks, queries and pages");
      assertThat(doc.select("#search .kpi-name").eachText())
          .containsExactly("Search clicks", "Search impressions", "Search CTR", "Average position");
      assertThat(doc.select("#search caption").eachText())
          .contains(
              "Top queries of 2025-04-20..2025-05-23 against 2025-03-17..2025-04-19 (53 listed)");
      assertThat(doc.select("#search td").eachText())
          .contains(RealSearchExports.HOSTILE_QUERY, "https://www.hcidirect.co.uk/product/চেয়ার/")
          .contains("hcidirect", "lost (had 23 clicks, 30 impressions)");
      assertEscaped(html);
      assertThat(doc.select("#coverage").text())
          .contains("site metrics: zechanah/search-console", "every day of the period");

      MimeMessage[] received = mail.getReceivedMessages();
      assertThat(received).hasSize(1);
      List<String> bodies = new ArrayList<>();
      texts(received[0], bodies);
      String emailHtml = bodies.stream().filter(b -> b.contains("<html")).findFirst().orElseThrow();
      assertThat(Jsoup.parse(emailHtml).select("td").eachText())
          .contains(RealSearchExports.HOSTILE_QUERY, "hci direct", "+6", "kept", "new");
      assertEscaped(emailHtml);
      assertThat(bodies)
          .anyMatch(b -> b.contains("  hci direct | 50 | 80 | 62.5 % | 2.1 | +6 | +0.0 | kept"));
    } finally {
      System.clearProperty("spring.mail.host");
      System.clearProperty("spring.mail.port");
      mail.stop();
    }
  }

  private static void assertEscaped(String html) {
    assertThat(html)
        .contains("&lt;script&gt;alert(&quot;q&quot;)&lt;/script&gt; chairs &amp; tables")
        .doesNotContain("<script>alert(");
  }

  /** Every text part of a message, the attached report included. */
  private static void texts(Part part, List<String> out) throws Exception {
    if (part.isMimeType("multipart/*")) {
      Multipart m = (Multipart) part.getContent();
      for (int i = 0; i < m.getCount(); i++) {
        BodyPart p = m.getBodyPart(i);
        texts(p, out);
      }
    } else if (part.isMimeType("text/*")) {
      out.add(String.valueOf(part.getContent()));
    }
  }
}
