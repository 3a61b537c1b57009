package org.brandpulse.app.alerts;

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
            alerts: {lookbackDays: 366}
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
                .formatted(FILE.toAbsolutePath()));
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
            SteppingClock.startingAt("2017-12-01T00:00:00Z", Duration.ofSeconds(1)), dir);
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
    long answeredCases = cases.stream().filter(answered::contains).count();
    long closed = cases.stream().filter(answered::contains).filter(closedByReply::contains).count();
    System.out.printf(
        Locale.ROOT,
        "twcs-sample: %d cases opened, %d answered by the brand in the file, %d of them closed by"
            + " the brand's reply (%.1f %%)%n%s%n",
        cases.size(),
        answeredCases,
        closed,
        100.0 * closed / Math.max(1, answeredCases),
        alerts);

    assertThat(cases.size()).isGreaterThan(200);
    assertThat(answeredCases).isGreaterThan(150);
    assertThat((double) closed / answeredCases).isGreaterThanOrEqualTo(0.90);
    assertThat(closedByReply).as("only answered cases close by a reply").isSubsetOf(answered);
    assertThat(alerts).contains("Time to first reply", "AmazonHelp");
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
