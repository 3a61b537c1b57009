package org.brandpulse.app.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.brandpulse.app.cli.BrandpulseCommand;
import org.brandpulse.app.cli.CliEnvironment;
import org.brandpulse.app.settings.SettingsLoader;
import org.brandpulse.app.testing.SteppingClock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Complaint cases on real customer-support conversations ({@code real/support-tweets/}, 5,001
 * tweets to 76 companies and their replies): the companies' replies mostly do not name the company
 * ("@115712 I understand..."), yet they are kept as the brand's own posts and close the cases they
 * answer. Prints the closure figure and the time to first reply per brand (the README quotes them).
 */
class SupportTweetsIT {

  private static final Path FILE =
      Path.of(
          System.getProperty("brandpulse.shared.data", "../shared/data"),
          "real/support-tweets/twcs-sample.csv");

  @TempDir Path dir;

  @Test
  void theBrandsOwnRepliesCloseTheCasesTheyAnswer() throws Exception {
    Outcome o = ingestAndAlert("alerts: {lookbackDays: 366}");
    assertThat(o.cases.size()).isGreaterThan(200);
    assertThat(o.answeredCases()).isGreaterThan(150);
    assertThat(o.closedShare()).isGreaterThanOrEqualTo(0.90);
    assertThat(o.closedByReply).as("only answered cases close by a reply").isSubsetOf(o.answered);
    assertThat(o.alerts).contains("Time to first reply", "AmazonHelp");
  }

  /**
   * The same file as a first run with the default {@code alerts.lookbackDays} (7) would see it: a
   * backfill of conversations weeks old. Every older complaint is in the inbox as BACKFILLED (or
   * closed by the brand's reply), none is e-mailed, and the replies close them all the same.
   */
  @Test
  void aBackfillOfOldConversationsFillsTheInboxWithoutEmails() throws Exception {
    Outcome o = ingestAndAlert("");
    java.sql.Timestamp weekBefore = java.sql.Timestamp.from(START.minus(Duration.ofDays(7)));
    assertThat(
            o.jdbc.queryForList(
                "SELECT DISTINCT STATE FROM COMPLAINT_CASE WHERE POST_CREATED_AT < ?",
                String.class,
                weekBefore))
        .containsOnly("BACKFILLED", "REPLIED");
    assertThat(
            o.jdbc.queryForObject(
                "SELECT COUNT(*) FROM COMPLAINT_CASE WHERE POST_CREATED_AT < ?"
                    + " AND (ALERTED_AT IS NOT NULL OR ESCALATED_AT IS NOT NULL)",
                Long.class,
                weekBefore))
        .isZero();
    assertThat(o.cases.size()).isGreaterThan(200);
    assertThat(o.closedShare()).isGreaterThanOrEqualTo(0.90);
    assertThat(o.alerts).containsPattern("\\d+ older complaints .* backfilled, without e-mails");
  }

  private static final java.time.Instant START = java.time.Instant.parse("2017-12-01T00:00:00Z");

  /** What one ingest and alerts run on the file left. */
  private record Outcome(
      List<String> cases,
      Set<String> answered,
      Set<String> closedByReply,
      String alerts,
      JdbcTemplate jdbc) {

    long answeredCases() {
      return cases.stream().filter(answered::contains).count();
    }

    double closedShare() {
      long closed =
          cases.stream().filter(answered::contains).filter(closedByReply::contains).count();
      return (double) closed / Math.max(1, answeredCases());
    }
  }

  private Outcome ingestAndAlert(String alertsYaml) throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(FILE), "shared data absent: " + FILE);
    // The companies are the authors of the outbound tweets: that is their configuration, one brand
    // each with its handle as query and own handle; the answered tweets are what the file says.
    Set<String> companies = new LinkedHashSet<>();
    Set<String> answered = new HashSet<>();
    // line 2589 holds bare CRs inside an unquoted field: records end at LF only
    String csv = Files.readString(FILE, StandardCharsets.UTF_8).replaceAll("\r(?!\n)", " ");
    try (Reader in = new java.io.StringReader(csv)) {
      for (CSVRecord r :
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setAllowMissingColumnNames(true)
              .get()
              .parse(in)) {
        if ("False".equals(r.get("inbound"))) {
          companies.add(r.get("author_id"));
          String to = r.get("in_response_to_tweet_id");
          if (!to.isBlank()) {
            answered.add("file:twcs:" + to.replaceAll("\\.0+$", ""));
          }
        }
      }
    }
    StringBuilder yaml =
        new StringBuilder(
            """
            dataDir: data
            %s
            sources:
              - name: twcs
                type: csv
                sourceKey: file:twcs
                paths: [%s]
                mapping:
                  fields: {id: tweet_id, authorHandle: author_id, text: text, createdAt: created_at,
                           replyToId: in_response_to_tweet_id}
                  datePattern: 'EEE MMM dd HH:mm:ss Z yyyy'
            brands:
            """
                .formatted(alertsYaml, FILE.toAbsolutePath()));
    for (String c : companies) {
      yaml.append("  - {name: '")
          .append(c)
          .append("', query: '")
          .append(c.toLowerCase(Locale.ROOT))
          .append("', handles: ['")
          .append(c)
          .append("']}\n");
    }
    Path config = Files.writeString(dir.resolve("brandpulse.yml"), yaml);

    CliEnvironment env =
        CliEnvironment.fixed(
            SteppingClock.startingAt(START.toString(), Duration.ofSeconds(1)), dir);
    assertThat(run(env, "-c", config.toString(), "ingest", "--quiet")).isIn(0, 4);
    String alerts = runOut(env, "-c", config.toString(), "alerts", "--reply-times");

    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(SettingsLoader.load(config).jdbcUrl());
    JdbcTemplate jdbc = new JdbcTemplate(ds);
    List<String> cases = jdbc.queryForList("SELECT CASE_ID FROM COMPLAINT_CASE", String.class);
    Set<String> closedByReply =
        new HashSet<>(
            jdbc.queryForList(
                "SELECT CASE_ID FROM COMPLAINT_CASE WHERE CLOSED_BY LIKE 'reply:%'"
                    + " AND FIRST_REPLY_AT IS NOT NULL",
                String.class));
    Outcome o = new Outcome(cases, answered, closedByReply, alerts, jdbc);
    System.out.printf(
        Locale.ROOT,
        "twcs-sample (%s): %d cases opened, %d answered by the brand in the file, %.1f %% of them"
            + " closed by the brand's reply%n%s%n",
        alertsYaml.isEmpty() ? "default look-back" : alertsYaml,
        cases.size(),
        o.answeredCases(),
        100.0 * o.closedShare(),
        alerts);
    return o;
  }

  private static int run(CliEnvironment env, String... args) {
    StringWriter out = new StringWriter();
    return BrandpulseCommand.commandLine(
            new PrintWriter(out, true), new PrintWriter(out, true), env)
        .execute(args);
  }

  private static String runOut(CliEnvironment env, String... args) {
    StringWriter out = new StringWriter();
    int code =
        BrandpulseCommand.commandLine(new PrintWriter(out, true), new PrintWriter(out, true), env)
            .execute(args);
    assertThat(code).as(out.toString()).isZero();
    return out.toString();
  }
}
