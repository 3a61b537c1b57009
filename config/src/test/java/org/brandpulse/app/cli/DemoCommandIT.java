package org.brandpulse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.brandpulse.app.testing.SteppingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The README's first command, end to end: demo data written, ingested, summarised; then the next
 * commands a newcomer types in the same folder, without {@code --config}. "Now" is fixed to the
 * morning after the demo's last day, whatever today is.
 */
class DemoCommandIT {

  private final Clock morningAfter =
      SteppingClock.startingAt("2026-11-28T07:30:00Z", Duration.ofSeconds(1));

  @TempDir Path workingDir;

  /** Where the demo writes by default: {@code demo/} in the working folder. */
  private Path dir;

  private CommandLine cli(StringWriter out, StringWriter err) {
    return BrandpulseCommand.commandLine(
        new PrintWriter(out, true),
        new PrintWriter(err, true),
        CliEnvironment.fixed(morningAfter, workingDir));
  }

  @Test
  void theDemoIngestsTheBundledDataAndALaterIngestFindsNothingNew() throws Exception {
    dir = workingDir.resolve("demo");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = cli(out, err).execute("demo", "--last-day", "2026-11-27", "--quiet");

    assertThat(code).as(err.toString()).isZero();
    String summary = out.toString();
    assertThat(summary)
        .as("a human summary, not the generator's records")
        .doesNotContain("DemoData[", "PlantedTruth[", "MalformedRecord[", "DemoFile[")
        .contains("2026-08-30 to 2026-11-27", "social.jsonl", "malformed on purpose")
        .contains("Planted events:", "Site access log logs/bazarly-access.log.gz")
        .contains("./brandpulse report --out reports")
        .doesNotContain("--config");
    assertThat(summary)
        .contains("Ingest run", "COMPLETED", "social-export", "listening-export", "news", "blogs")
        .contains("Skipped records (6)", "social.jsonl:344", "listening.csv:717")
        .contains("Posts per brand:", "Bazarly", "ShopNest", "Dhakart")
        .contains("Sentiment:", "negative", "Languages:", "bn")
        .contains("Top keywords:", "Complaints needing a reply:");
    assertThat(storedCount(summary)).isBetween(2_500L, 3_100L);

    StringWriter again = new StringWriter();
    StringWriter againErr = new StringWriter();
    int second = cli(again, againErr).execute("ingest", "--quiet");
    assertThat(second).as(againErr.toString()).isZero();
    assertThat(againErr.toString())
        .contains("brandpulse: configuration " + dir.resolve("brandpulse.yml"));
    assertThat(again.toString()).containsPattern("social-export\\s+0\\s+0\\s+0");

    // site metrics: the generated log imported, growth printed
    assertThat(summary)
        .contains("bazarly/access-log:", "bot requests filtered")
        .contains("Site bazarly, week 2026-W47")
        .contains("Sessions by channel, share of the change:")
        .contains("Social (Bazarly): mentions");
    reportAndEmail();
  }

  /** The report of a demo week, written and e-mailed to the demo recipients over real SMTP. */
  private void reportAndEmail() throws Exception {
    GreenMail mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
    mail.start();
    try {
      mail.setUser("care-lead@bazarly.example", "secret");
      System.setProperty("spring.mail.host", "127.0.0.1");
      System.setProperty("spring.mail.port", Integer.toString(mail.getSmtp().getPort()));
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      Path reports = dir.resolve("out");
      int code =
          cli(out, err)
              .execute(
                  "report",
                  "--out",
                  reports.toString(),
                  "--email"); // no --date: the last complete week before the fixed "now"
      assertThat(code).as(err.toString()).isZero();
      Path file = reports.resolve("bazarly-2026-W47.html");
      assertThat(out.toString().strip()).isEqualTo(file.toAbsolutePath().toString());
      String html = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(html)
          .contains("Bazarly: week report 2026-W47", "Sessions", "Share of voice")
          .contains("traffic-by-day", "mentions-by-sentiment", "share-of-voice")
          .doesNotContain("<script src", "<link rel=\"stylesheet\" href=\"http");
      assertThat(err.toString()).contains("e-mailed to care-lead@bazarly.example");

      Properties props = new Properties();
      Session session = Session.getInstance(props);
      try (Store store = session.getStore("imap")) {
        store.connect("127.0.0.1", mail.getImap().getPort(), "care-lead@bazarly.example", "secret");
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        Message[] messages = inbox.getMessages();
        assertThat(messages).hasSize(1);
        Message m = messages[0];
        assertThat(m.getSubject()).contains("Bazarly", "2026-W47");
        assertThat(java.util.Arrays.toString(m.getAllRecipients()))
            .contains("care-lead@bazarly.example", "social@bazarly.example");
        List<String> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        walk(m, types, names);
        assertThat(types).anyMatch(t -> t.startsWith("image/png"));
        assertThat(types).anyMatch(t -> t.startsWith("text/plain"));
        assertThat(names).contains("brandpulse-bazarly-2026-W47.html");
        inbox.close(false);
      }

      // complaint alerts on the demo data: sent once, nothing the second time
      StringWriter alerts = new StringWriter();
      assertThat(cli(alerts, err).execute("alerts")).as(err.toString()).isZero();
      var sent = java.util.regex.Pattern.compile("Sent (\\d+) e-mails").matcher(alerts.toString());
      assertThat(sent.find()).as(alerts.toString()).isTrue();
      assertThat(Integer.parseInt(sent.group(1))).isPositive();
      // the second run escalates the cases found already past their SLA (one e-mail per brand);
      // after that there is nothing left to send
      for (String expected : new String[] {"Sent [01] e-mails", "Sent 0 e-mails"}) {
        StringWriter again = new StringWriter();
        assertThat(cli(again, err).execute("alerts")).isZero();
        assertThat(again.toString()).containsPattern(expected);
      }
    } finally {
      System.clearProperty("spring.mail.host");
      System.clearProperty("spring.mail.port");
      mail.stop();
    }
  }

  private static void walk(Part part, List<String> types, List<String> names) throws Exception {
    types.add(part.getContentType().toLowerCase(java.util.Locale.ROOT));
    if (part.getFileName() != null) {
      names.add(part.getFileName());
    }
    if (part.getContent() instanceof Multipart multi) {
      for (int i = 0; i < multi.getCount(); i++) {
        walk(multi.getBodyPart(i), types, names);
      }
    }
  }

  private static long storedCount(String summary) {
    var m = java.util.regex.Pattern.compile("The store holds (\\d+) posts").matcher(summary);
    assertThat(m.find()).isTrue();
    return Long.parseLong(m.group(1));
  }
}
