package org.brandpulse.app.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.brandpulse.app.cli.BrandpulseCommand;
import org.brandpulse.app.cli.CliEnvironment;
import org.brandpulse.app.testing.SteppingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code brandpulse alerts} as a user runs it, SMTP configured the Spring Boot way. */
class AlertsCommandTest {

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  /** "Now" for the posts and the runs of the command: a fixed morning, a second per reading. */
  private final Clock now = SteppingClock.startingAt("2026-11-27T09:00:00Z", Duration.ofSeconds(1));

  @TempDir Path dir;

  @Test
  void waitsInTheOutboxWithoutAMailServerThenSendsOnceWithOne() throws Exception {
    AlertsFixture fixture = new AlertsFixture(dir, MAIL);
    ComplaintAlertsJobTest.storePosts(fixture, now.instant());
    fixture.close();
    String config = dir.resolve("brandpulse.yml").toString();

    String noServer = alerts(config);
    System.setProperty("spring.mail.host", "127.0.0.1");
    System.setProperty("spring.mail.port", Integer.toString(MAIL.getSmtp().getPort()));
    try {
      String first = alerts(config);
      String second = alerts(config);
      assertThat(noServer)
          .contains("5 cases opened, 1 closed by a brand reply, 3 e-mails planned")
          .contains("Sent 0 e-mails")
          .contains("No mail server configured (set SPRING_MAIL_HOST and SPRING_MAIL_PORT): 3");
      assertThat(first).contains("0 cases opened").contains("Sent 3 e-mails");
      assertThat(second).contains("Sent 0 e-mails");
      assertThat(fixture.messageIds("care@bazarly.example")).hasSize(2).doesNotHaveDuplicates();
    } finally {
      System.clearProperty("spring.mail.host");
      System.clearProperty("spring.mail.port");
    }
  }

  private String alerts(String config) {
    StringWriter out = new StringWriter();
    PrintWriter writer = new PrintWriter(out, true);
    CommandLine cli = BrandpulseCommand.commandLine(writer, writer, CliEnvironment.fixed(now, dir));
    int code = cli.execute("--config", config, "alerts");
    writer.flush();
    assertThat(code).as(out.toString()).isZero();
    return out.toString();
  }
}
