package org.brandpulse.app.complaints;

import java.nio.file.Path;
import java.time.Instant;
import org.brandpulse.app.ingest.RunLock;
import org.brandpulse.app.mail.OutboxDelivery;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code complaintAlerts} job: {@code complaintAlerts.open} ({@link CaseOpener}), {@code
 * complaintAlerts.plan} ({@link AlertPlanner}) and {@code complaintAlerts.deliver} ({@link
 * OutboxDelivery}). Its state lives in the case and outbox tables, so every run is one new job
 * instance and a run after a crash simply carries on: each step is idempotent.
 */
@Component
public class ComplaintAlertsJob {

  /** The job's name in the job repository. */
  public static final String NAME = "complaintAlerts";

  private final BrandpulseSettings settings;
  private final JobRepository jobRepository;
  private final JobOperator jobOperator;
  private final PlatformTransactionManager transactionManager;
  private final CaseOpener opener;
  private final AlertPlanner planner;
  private final OutboxDelivery delivery;

  public ComplaintAlertsJob(
      BrandpulseSettings settings,
      JobRepository jobRepository,
      JobOperator jobOperator,
      PlatformTransactionManager transactionManager,
      CaseOpener opener,
      AlertPlanner planner,
      OutboxDelivery delivery) {
    this.settings = settings;
    this.jobRepository = jobRepository;
    this.jobOperator = jobOperator;
    this.transactionManager = transactionManager;
    this.opener = opener;
    this.planner = planner;
    this.delivery = delivery;
  }

  /** Runs the job once at {@code runAt} (cases are opened and judged as of that time). */
  public AlertRun run(Instant runAt) throws Exception {
    Path lock = settings.dataDir().resolve("alerts.lock");
    try (RunLock held = RunLock.acquire(lock)) {
      JobExecution execution =
          jobOperator.start(
              job(runAt),
              new JobParametersBuilder().addString("runAt", runAt.toString()).toJobParameters());
      return result(execution);
    }
  }

  Job job(Instant runAt) {
    Step open =
        step(
            "open",
            ctx -> {
              CaseOpener.Result r = opener.run(runAt);
              ctx.putInt("opened", r.opened());
              ctx.putInt("backfilled", r.backfilled());
              ctx.putInt("replied", r.replied());
            });
    Step plan = step("plan", ctx -> ctx.putInt("planned", planner.run(runAt)));
    Step deliver =
        step(
            "deliver",
            ctx -> {
              OutboxDelivery.Result r = delivery.run();
              ctx.putInt("sent", r.sent());
              ctx.putInt("provenSent", r.provenSent());
              ctx.putInt("failed", r.failed());
              ctx.putInt("pending", r.pending());
              ctx.putString("noMailServer", Boolean.toString(r.noMailServer()));
            });
    return new JobBuilder(NAME, jobRepository).start(open).next(plan).next(deliver).build();
  }

  private interface Work {
    void run(ExecutionContext ctx) throws Exception;
  }

  private Step step(String name, Work work) {
    return new StepBuilder(NAME + "." + name, jobRepository)
        .tasklet(
            (contribution, chunk) -> {
              work.run(chunk.getStepContext().getStepExecution().getExecutionContext());
              return RepeatStatus.FINISHED;
            },
            transactionManager)
        .build();
  }

  private static AlertRun result(JobExecution execution) {
    ExecutionContext all = new ExecutionContext();
    for (StepExecution s : execution.getStepExecutions()) {
      s.getExecutionContext().entrySet().forEach(e -> all.put(e.getKey(), e.getValue()));
    }
    return new AlertRun(
        execution.getStatus().name(),
        all.getInt("opened", 0),
        all.getInt("backfilled", 0),
        all.getInt("replied", 0),
        all.getInt("planned", 0),
        all.getInt("sent", 0),
        all.getInt("provenSent", 0),
        all.getInt("failed", 0),
        all.getInt("pending", 0),
        Boolean.parseBoolean(all.getString("noMailServer", "false")));
  }
}
