package org.brandpulse.app.complaints;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.brandpulse.app.mail.AlertMime;
import org.brandpulse.app.mail.Outbox;
import org.brandpulse.app.mail.PlannedMessage;
import org.brandpulse.app.settings.AlertSettings;
import org.brandpulse.app.settings.BrandSettings;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.reporting.alert.AlertComposer;
import org.brandpulse.reporting.alert.AlertEmail;
import org.brandpulse.reporting.alert.AlertKind;
import org.brandpulse.reporting.complaints.AlertPolicy;
import org.brandpulse.reporting.complaints.CaseState;
import org.brandpulse.reporting.complaints.ComplaintCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Step two of {@code complaintAlerts}: writes to the outbox what {@link AlertPolicy} says is due.
 * Each e-mail is planned in one transaction that inserts its outbox row and moves its cases on, so
 * the database never holds an alerted case without its e-mail or the reverse. Planning again is a
 * no-op: cases already moved are not picked up, and an existing key is never inserted twice.
 *
 * <p>Per brand, in this order: alerted cases past their SLA are escalated together (to the
 * escalation recipients); each new case with at least the threshold priority gets its own alert;
 * the other new cases go into the digest of the current window (one per brand per window; cases
 * that arrive after it wait for the next).
 */
@Component
public class AlertPlanner {

  private static final Logger log = LoggerFactory.getLogger(AlertPlanner.class);

  private final CaseStore cases;
  private final Outbox outbox;
  private final AlertSettings alerts;
  private final BrandpulseSettings settings;
  private final TransactionTemplate tx;
  private final AlertPolicy policy;

  public AlertPlanner(
      CaseStore cases,
      Outbox outbox,
      AlertSettings alerts,
      BrandpulseSettings settings,
      PlatformTransactionManager transactionManager) {
    this.cases = cases;
    this.outbox = outbox;
    this.alerts = alerts;
    this.settings = settings;
    this.tx = new TransactionTemplate(transactionManager);
    this.policy =
        new AlertPolicy(alerts.highPriorityThreshold(), Duration.ofMinutes(alerts.digestMinutes()));
    // One transaction per e-mail, committed at once even inside a step's own transaction.
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Plans every e-mail due at {@code runAt}; returns how many were added to the outbox. */
  public int run(Instant runAt) {
    int planned = 0;
    for (BrandSettings brand : settings.brands()) {
      if (brand.recipients().isEmpty()) {
        log.warn("brand {} has no recipients; its complaint cases are not alerted", brand.name());
        continue;
      }
      planned += escalate(brand, runAt);
      planned += alertUrgent(brand, runAt);
      planned += digest(brand, runAt);
    }
    return planned;
  }

  private int escalate(BrandSettings brand, Instant runAt) {
    return tx.execute(
        s -> {
          List<ComplaintCase> due =
              AlertPolicy.overdue(cases.inState(CaseState.ALERTED, brand.name()), runAt);
          if (due.isEmpty()) {
            return 0;
          }
          String key =
              AlertPolicy.escalationKey(brand.name(), due.stream().map(ComplaintCase::id).toList());
          List<String> to = alerts.escalationRecipients(brand.name(), brand.recipients());
          return plan(key, AlertKind.ESCALATION, brand.name(), to, due, CaseState.ESCALATED, runAt);
        });
  }

  private int alertUrgent(BrandSettings brand, Instant runAt) {
    int n = 0;
    for (ComplaintCase c : cases.inState(CaseState.NEW, brand.name())) {
      if (policy.urgent(c)) {
        n +=
            tx.execute(
                s ->
                    cases.get(c.id()).filter(now -> now.state() == CaseState.NEW).isEmpty()
                        ? 0
                        : plan(
                            AlertPolicy.alertKey(c.id()),
                            AlertKind.ALERT,
                            brand.name(),
                            brand.recipients(),
                            List.of(c),
                            CaseState.ALERTED,
                            runAt));
      }
    }
    return n;
  }

  private int digest(BrandSettings brand, Instant runAt) {
    String key = policy.digestKey(brand.name(), runAt);
    return tx.execute(
        s -> {
          List<ComplaintCase> rest = policy.forDigest(cases.inState(CaseState.NEW, brand.name()));
          if (rest.isEmpty()) {
            return 0;
          }
          return plan(
              key,
              AlertKind.DIGEST,
              brand.name(),
              brand.recipients(),
              rest,
              CaseState.ALERTED,
              runAt);
        });
  }

  /** Inside the caller's transaction: the outbox row and the cases' new state, or nothing. */
  private int plan(
      String key,
      AlertKind kind,
      String brand,
      List<String> to,
      List<ComplaintCase> about,
      CaseState next,
      Instant runAt) {
    if (outbox.exists(key)) {
      return 0;
    }
    AlertEmail email =
        AlertComposer.compose(
            kind, brand, about.stream().map(c -> c.toAlertCase(alerts.caseUrl(c.id()))).toList());
    String messageId = PlannedMessage.messageId(key, alerts.from());
    String journal = alerts.journal() == null ? null : alerts.journal().address();
    byte[] payload = AlertMime.write(email, alerts.from(), to, journal, messageId, runAt);
    outbox.add(
        new PlannedMessage(
            key, messageId, kind.name(), brand, to, email.subject(), about.size(), payload),
        runAt);
    cases.advance(about.stream().map(ComplaintCase::id).toList(), next, runAt, key);
    return 1;
  }
}
