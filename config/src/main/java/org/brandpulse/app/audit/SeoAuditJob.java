package org.brandpulse.app.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.brandpulse.app.settings.AuditSettings;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code seoAudit} job: one step per {@code audits:} entry, each crawling and checking its site
 * through {@link AuditService} and writing under {@code dataDir/audits/<name>-<time>}. A step whose
 * audit completed is not repeated when a failed run is restarted.
 */
@Component
public class SeoAuditJob {

  public static final String NAME = "seoAudit";

  private final BrandpulseSettings settings;
  private final JobRepository jobRepository;
  private final JobOperator jobOperator;
  private final PlatformTransactionManager transactionManager;
  private final AuditService audits;

  public SeoAuditJob(
      BrandpulseSettings settings,
      JobRepository jobRepository,
      JobOperator jobOperator,
      PlatformTransactionManager transactionManager,
      AuditService audits) {
    this.settings = settings;
    this.jobRepository = jobRepository;
    this.jobOperator = jobOperator;
    this.transactionManager = transactionManager;
    this.audits = audits;
  }

  /** Audits every configured site once. */
  public JobExecution run(Instant runAt) throws Exception {
    if (settings.audits().isEmpty()) {
      throw new IllegalArgumentException(
          "no sites to audit: add an 'audits:' list to " + settings.file());
    }
    List<Step> steps = new ArrayList<>();
    for (AuditSettings a : settings.audits()) {
      steps.add(step(a, runAt));
    }
    SimpleJobBuilder job = new JobBuilder(NAME, jobRepository).start(steps.get(0));
    for (Step s : steps.subList(1, steps.size())) {
      job = job.next(s);
    }
    return jobOperator.start(
        job.build(),
        new JobParametersBuilder().addString("runAt", runAt.toString()).toJobParameters());
  }

  private Step step(AuditSettings a, Instant runAt) {
    return new StepBuilder("seoAudit." + a.name(), jobRepository)
        .tasklet(
            (contribution, chunk) -> {
              var dir =
                  settings
                      .dataDir()
                      .resolve("audits")
                      .resolve(a.name() + "-" + runAt.toString().replace(":", "").replace("-", ""));
              AuditService.Outcome o =
                  audits.audit(
                      AuditOptions.crawl(a, Duration.ofSeconds(15), Duration.ofHours(2)),
                      AuditOptions.thresholds(a),
                      dir,
                      p -> {});
              chunk
                  .getStepContext()
                  .getStepExecution()
                  .getExecutionContext()
                  .putLong("seoAudit.runId", o.runId());
              return RepeatStatus.FINISHED;
            },
            transactionManager)
        .build();
  }
}
