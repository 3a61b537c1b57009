package org.brandpulse.app.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.MetricSourceSettings;
import org.brandpulse.app.settings.SiteSettings;
import org.brandpulse.ingest.source.SourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code ingestMetrics} job: one step per site and metrics source, {@code
 * metrics.<site>.<source>}, each importing through {@link MetricsImporter} in one transaction (the
 * stored rows and the step's bookkeeping commit together). A source that cannot be read is recorded
 * in its step and the other sources still run.
 */
@Component
public class IngestMetricsJob {

  /** The job's name in the job repository. */
  public static final String NAME = "ingestMetrics";

  /** Step execution context key: the import totals as JSON. */
  public static final String TOTALS = "metrics.totals";

  /** Step execution context key: why the source could not be read. */
  public static final String SOURCE_ERROR = "metrics.sourceError";

  private static final Logger log = LoggerFactory.getLogger(IngestMetricsJob.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * One step's outcome.
   *
   * @param site the site
   * @param source the source
   * @param totals the import totals, empty when it failed
   * @param error why it failed, or null
   */
  public record StepOutcome(String site, String source, Map<String, Object> totals, String error) {}

  private final BrandpulseSettings settings;
  private final JobRepository jobRepository;
  private final JobOperator jobOperator;
  private final PlatformTransactionManager transactionManager;
  private final MetricsImporter importer;

  public IngestMetricsJob(
      BrandpulseSettings settings,
      JobRepository jobRepository,
      JobOperator jobOperator,
      PlatformTransactionManager transactionManager,
      MetricsImporter importer) {
    this.settings = settings;
    this.jobRepository = jobRepository;
    this.jobOperator = jobOperator;
    this.transactionManager = transactionManager;
    this.importer = importer;
  }

  /** Imports every configured site source once (only the named sites when given). */
  public List<StepOutcome> run(Instant runAt, List<String> onlySites) throws Exception {
    List<Step> steps = new ArrayList<>();
    for (SiteSettings site : settings.sites()) {
      if (onlySites.isEmpty() || onlySites.contains(site.name())) {
        for (MetricSourceSettings source : site.sources()) {
          steps.add(step(site, source));
        }
      }
    }
    if (steps.isEmpty()) {
      throw new IllegalArgumentException(
          "no site metrics sources to import: add 'sites:' with 'sources:' to " + settings.file());
    }
    SimpleJobBuilder job = new JobBuilder(NAME, jobRepository).start(steps.get(0));
    for (Step s : steps.subList(1, steps.size())) {
      job = job.next(s);
    }
    JobExecution execution =
        jobOperator.start(
            job.build(),
            new JobParametersBuilder().addString("runAt", runAt.toString()).toJobParameters());
    List<StepOutcome> out = new ArrayList<>();
    JobExecution reloaded = jobRepository.getJobExecution(execution.getId());
    for (StepExecution step : (reloaded == null ? execution : reloaded).getStepExecutions()) {
      String[] parts = step.getStepName().split("\\.", 3);
      var ctx = step.getExecutionContext();
      Map<String, Object> totals = new LinkedHashMap<>();
      if (ctx.containsKey(TOTALS)) {
        JSON.readValue(ctx.getString(TOTALS), Map.class)
            .forEach((k, v) -> totals.put(String.valueOf(k), v));
      }
      String error =
          ctx.containsKey(SOURCE_ERROR)
              ? ctx.getString(SOURCE_ERROR)
              : step.getFailureExceptions().stream()
                  .map(Throwable::toString)
                  .findFirst()
                  .orElse(null);
      out.add(new StepOutcome(parts[1], parts[2], totals, error));
    }
    return out;
  }

  private Step step(SiteSettings site, MetricSourceSettings source) {
    return new StepBuilder("metrics." + site.name() + "." + source.name(), jobRepository)
        .tasklet(
            (contribution, chunk) -> {
              StepExecution step = chunk.getStepContext().getStepExecution();
              try {
                MetricsImporter.Outcome o =
                    importer.importSource(site, source, step.getJobExecutionId());
                step.getExecutionContext().putString(TOTALS, JSON.writeValueAsString(o.totals()));
                contribution.incrementWriteCount(o.rows());
              } catch (SourceException | RuntimeException e) {
                log.warn("site {} source {} failed: {}", site.name(), source.name(), e.toString());
                step.getExecutionContext().putString(SOURCE_ERROR, String.valueOf(e.getMessage()));
              }
              return RepeatStatus.FINISHED;
            },
            transactionManager)
        .build();
  }
}
