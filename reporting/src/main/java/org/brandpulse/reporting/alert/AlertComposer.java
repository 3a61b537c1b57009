package org.brandpulse.reporting.alert;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Severity;

/**
 * Composes complaint e-mails: a single urgent alert, a brand's digest, or an escalation. Every
 * value taken from a post is HTML-escaped, links other than http(s) are dropped, the attached CSV
 * is formula-safe, and the same cases always give the same bytes (so a resent e-mail is identical).
 */
public final class AlertComposer {

  /** The content id of the inline severity strip: the HTML shows {@code cid:severity-strip}. */
  public static final String IMAGE_ID = "severity-strip";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** Highest priority first, then oldest, then by id. */
  static final Comparator<AlertCase> ORDER =
      Comparator.comparingInt(AlertCase::priority)
          .reversed()
          .thenComparing(AlertCase::createdAt)
          .thenComparing(AlertCase::caseId);

  private AlertComposer() {}

  /** The e-mail of a kind for a brand's cases (an {@link AlertKind#ALERT} takes one case). */
  public static AlertEmail compose(AlertKind kind, String brand, List<AlertCase> cases) {
    if (cases.isEmpty()) {
      throw new IllegalArgumentException("no cases to compose a " + kind.id() + " for " + brand);
    }
    if (kind == AlertKind.ALERT && cases.size() != 1) {
      throw new IllegalArgumentException(
          "an urgent alert is about one case, got " + cases.size() + " for " + brand);
    }
    List<AlertCase> sorted = cases.stream().sorted(ORDER).toList();
    String subject = subject(kind, brand, sorted);
    byte[] png = SeverityStrip.png(sorted.stream().map(AlertCase::severity).toList());
    byte[] csv = CaseCsv.write(sorted).getBytes(StandardCharsets.UTF_8);
    return new AlertEmail(
        subject,
        text(kind, brand, sorted),
        AlertHtml.render(kind, brand, sorted, subject),
        new AlertEmail.Part(IMAGE_ID, "image/png", png),
        new AlertEmail.Part(
            kind == AlertKind.ALERT ? "case.csv" : "cases.csv", "text/csv; charset=UTF-8", csv));
  }

  static String subject(AlertKind kind, String brand, List<AlertCase> cases) {
    String head = "[" + Escape.oneLine(brand, 40) + "] " + kind.title() + ": ";
    if (kind == AlertKind.ALERT) {
      AlertCase c = cases.get(0);
      return head
          + label(c.category())
          + " from "
          + Escape.oneLine(c.author(), 60)
          + String.format(Locale.ROOT, " (reach %,d)", c.reach());
    }
    long high = cases.stream().filter(c -> c.severity().compareTo(Severity.HIGH) >= 0).count();
    String n = cases.size() == 1 ? "1 case" : cases.size() + " cases";
    return head + n + (high == 0 ? "" : " (" + high + " high or critical)");
  }

  /** Human words for a category, e.g. {@code late or missing delivery}. */
  public static String label(ComplaintCategory category) {
    return switch (category) {
      case DAMAGED_DEFECTIVE -> "damaged or defective";
      case LATE_MISSING_DELIVERY -> "late or missing delivery";
      case REFUND_RETURN -> "refund or return";
      case BILLING_PAYMENT -> "billing or payment";
      case ACCOUNT_ACCESS -> "account access";
      case CUSTOMER_SERVICE -> "customer service";
      case FRAUD_SCAM -> "fraud or scam";
      case OTHER -> "other complaint";
      case NONE -> "no category";
    };
  }

  static String time(Instant at) {
    return TIME.format(at);
  }

  private static String text(AlertKind kind, String brand, List<AlertCase> cases) {
    StringBuilder b = new StringBuilder();
    b.append(kind.title()).append(" for ").append(brand).append('\n');
    if (kind == AlertKind.ESCALATION) {
      b.append("These cases passed their SLA without a reply from the brand.\n");
    }
    for (AlertCase c : cases) {
      b.append('\n');
      b.append(
          String.format(
              Locale.ROOT,
              "Priority %d/100 - severity %s - %s%n",
              c.priority(),
              c.severity().name().toLowerCase(Locale.ROOT),
              label(c.category())));
      b.append(
          String.format(
              Locale.ROOT,
              "Author: %s, reach %,d, engagement %,d%n",
              c.author(),
              c.reach(),
              c.engagement()));
      b.append("Posted: ").append(time(c.createdAt()));
      b.append(" - SLA due ").append(time(c.slaDue())).append('\n');
      b.append("Why flagged:\n");
      c.reasons().forEach(r -> b.append("  - ").append(r).append('\n'));
      b.append("Post:\n");
      c.text().lines().forEach(l -> b.append("  > ").append(l).append('\n'));
      if (Escape.url(c.postUrl()) != null) {
        b.append("Link to the post: ").append(Escape.url(c.postUrl())).append('\n');
      }
      b.append("Case: ").append(c.caseUrl()).append('\n');
    }
    b.append("\n-- \nBrandpulse complaint alerts. Reply or resolve the case in the web UI.\n");
    return b.toString();
  }
}
