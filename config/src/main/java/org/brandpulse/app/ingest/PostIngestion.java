package org.brandpulse.app.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Service;

/**
 * Runs {@code ingestPosts}: first resumes an interrupted earlier run (killed, failed or stopped)
 * with its own parameters, so it ends with the data one clean run would have written, then runs
 * anew from every source's cursor.
 */
@Service
public class PostIngestion {

  /** Job parameter: the run's time, which is also every post's fetched-at. */
  public static final String RUN_AT = "runAt";

  /** Job parameter: the run's window start for the API sources ({@code ingest --since}). */
  public static final String SINCE = "since";

  private static final Logger log = LoggerFactory.getLogger(PostIngestion.class);

  private final BrandpulseSettings settings;
  private final IngestPostsJob job;
  private final JobOperator jobOperator;
  private final JobRepository jobRepository;
  private final SkipReport skipReport;

  public PostIngestion(
      BrandpulseSettings settings,
      IngestPostsJob job,
      JobOperator jobOperator,
      JobRepository jobRepository,
      SkipReport skipReport) {
    this.settings = settings;
    this.job = job;
    this.jobOperator = jobOperator;
    this.jobRepository = jobRepository;
    this.skipReport = skipReport;
  }

  /**
   * Resumes an interrupted run if there is one, then ingests what is new from the named sources
   * (all when empty), as of {@code runAt}.
   */
  public IngestResult run(Instant runAt, List<String> only, IngestProgress progress)
      throws Exception {
    return run(runAt, only, null, progress);
  }

  /**
   * Like {@link #run(Instant, List, IngestProgress)}, with the API sources' window starting at
   * {@code since} in this run (null: each source's configured start). Sources whose history does
   * not reach back that far read past what they have down to it.
   */
  public IngestResult run(Instant runAt, List<String> only, Instant since, IngestProgress progress)
      throws Exception {
    try (RunLock lock = RunLock.acquire(settings.dataDir().resolve("ingest.lock"))) {
      List<JobExecution> executions = new ArrayList<>();
      JobExecution resumed = resumeInterrupted(only, progress);
      if (resumed != null) {
        executions.add(resumed);
      }
      JobParametersBuilder builder = new JobParametersBuilder().addString(RUN_AT, runAt.toString());
      if (since != null) {
        builder.addString(SINCE, since.toString());
      }
      JobParameters params = builder.toJobParameters();
      if (resumed == null || !resumed.getJobParameters().equals(params)) {
        executions.add(jobOperator.start(job.build(runAt, only, since, progress), params));
      }
      return result(runAt, executions, resumed != null);
    }
  }

  /** Restarts the last run when it did not complete; null when there was nothing to resume. */
  private JobExecution resumeInterrupted(List<String> only, IngestProgress progress)
      throws Exception {
    JobInstance last = jobRepository.getLastJobInstance(IngestPostsJob.NAME);
    if (last == null) {
      return null;
    }
    JobExecution execution = jobRepository.getLastJobExecution(last);
    if (execution == null) {
      return null;
    }
    BatchStatus status = execution.getStatus();
    if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
      return null;
    }
    if (status.isRunning()) {
      // We hold the run lock, so the process that ran it is gone.
      log.warn("run {} was interrupted (status {}); recovering it", execution.getId(), status);
      execution = jobOperator.recover(execution);
    }
    JobParameters params = execution.getJobParameters();
    Instant runAt = Instant.parse(params.getString(RUN_AT));
    String since = params.getString(SINCE);
    log.info("resuming interrupted run of {} (execution {})", runAt, execution.getId());
    return jobOperator.start(
        job.build(runAt, only, since == null ? null : Instant.parse(since), progress), params);
  }

  private IngestResult result(Instant runAt, List<JobExecution> executions, boolean resumed) {
    Map<String, long[]> figures = new LinkedHashMap<>();
    Map<String, String> statuses = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Instant> windows = new LinkedHashMap<>();
    List<Long> ids = new ArrayList<>();
    for (JobExecution execution : executions) {
      ids.add(execution.getId());
      JobExecution reloaded = jobRepository.getJobExecution(execution.getId());
      for (StepExecution step : (reloaded == null ? execution : reloaded).getStepExecutions()) {
        String source = step.getStepName().substring("ingest.".length());
        ExecutionContext ctx = step.getExecutionContext();
        long copies = ctx.getLong(IngestPostsJob.COPIES, 0L);
        long noBrand = ctx.getLong(IngestPostsJob.NO_BRAND, 0L);
        long failed = ctx.getLong(IngestPostsJob.FAILED, 0L);
        long[] f = figures.computeIfAbsent(source, s -> new long[6]);
        f[0] += step.getReadCount();
        f[1] += step.getWriteCount() - copies - noBrand - failed;
        f[2] += copies;
        f[3] += step.getFilterCount() + noBrand;
        f[4] += step.getProcessSkipCount() + step.getWriteSkipCount() + failed;
        // Counted per job instance (a restarted step carries it on), one execution per instance.
        f[5] += step.getExecutionContext().getLong(PostSourceReader.OUTSIDE_WINDOW, 0L);
        if (step.getExecutionContext().containsKey(PostSourceReader.WINDOW_START)) {
          windows.put(
              source,
              Instant.parse(step.getExecutionContext().getString(PostSourceReader.WINDOW_START)));
        }
        statuses.put(source, step.getStatus().name());
        if (step.getExecutionContext().containsKey(IngestPostsJob.SOURCE_ERROR)) {
          errors.put(source, step.getExecutionContext().getString(IngestPostsJob.SOURCE_ERROR));
        } else {
          errors.remove(source);
        }
      }
    }
    List<Long> skipIds = new ArrayList<>();
    for (JobExecution execution : executions) {
      // A resumed run's skips may have been recorded by the execution that was interrupted.
      for (JobExecution sibling : jobRepository.getJobExecutions(execution.getJobInstance())) {
        skipIds.add(sibling.getId());
      }
    }
    List<SkipReport.Entry> skips = skipReport.forExecutions(skipIds);
    List<SourceRun> runs = new ArrayList<>();
    figures.forEach(
        (source, f) -> {
          long readSkips = skips.stream().filter(s -> s.source().equals(source)).count();
          runs.add(
              new SourceRun(
                  source,
                  statuses.get(source),
                  f[0],
                  f[1],
                  f[2],
                  f[3],
                  Math.max(f[4], readSkips),
                  f[5],
                  windows.get(source),
                  errors.get(source)));
        });
    JobExecution newest = executions.get(executions.size() - 1);
    return new IngestResult(runAt, ids, newest.getStatus().name(), resumed, runs, skips);
  }
}
