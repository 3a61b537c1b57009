package org.brandpulse.app.reanalyze;

import java.time.Instant;
import java.util.List;
import org.brandpulse.app.ingest.BrandDirectory;
import org.brandpulse.app.ingest.RunLock;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.match.BrandMatcher;
import org.brandpulse.ingest.pipeline.PostPipeline;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.nlp.TextAnalyzer;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code reanalyze} job: one chunk-oriented step reading stored posts ({@link
 * StorePostReader}), analysing them again with the current fast tier (brands and copies are kept)
 * and upserting them. An interrupted run is resumed by the next call, like ingest.
 */
@Component
public class ReanalyzeJob {

  public static final String NAME = "reanalyze";

  /** What a run did. */
  public record Result(long executionId, String status, long read, long written, boolean resumed) {}

  private final BrandpulseSettings settings;
  private final JobRepository jobRepository;
  private final JobOperator jobOperator;
  private final PlatformTransactionManager transactionManager;
  private final PostStore store;
  private final TextAnalyzer analyzer;
  private final BrandDirectory brands;
  private final BrandMatcher matcher;

  public ReanalyzeJob(
      BrandpulseSettings settings,
      JobRepository jobRepository,
      JobOperator jobOperator,
      PlatformTransactionManager transactionManager,
      PostStore store,
      TextAnalyzer analyzer,
      BrandDirectory brands,
      BrandMatcher matcher) {
    this.settings = settings;
    this.jobRepository = jobRepository;
    this.jobOperator = jobOperator;
    this.transactionManager = transactionManager;
    this.store = store;
    this.analyzer = analyzer;
    this.brands = brands;
    this.matcher = matcher;
  }

  /** Re-analyses the posts created in {@code [from, to)} (null: unbounded), resuming first. */
  public Result run(Instant runAt, Instant from, Instant to) throws Exception {
    try (RunLock lock = RunLock.acquire(settings.dataDir().resolve("reanalyze.lock"))) {
      JobInstance last = jobRepository.getLastJobInstance(NAME);
      JobExecution previous = last == null ? null : jobRepository.getLastJobExecution(last);
      if (previous != null
          && previous.getStatus() != BatchStatus.COMPLETED
          && previous.getStatus() != BatchStatus.ABANDONED) {
        if (previous.getStatus().isRunning()) {
          previous = jobOperator.recover(previous);
        }
        JobParameters params = previous.getJobParameters();
        JobExecution resumed =
            jobOperator.start(job(bound(params, "from"), bound(params, "to")), params);
        return result(resumed, true);
      }
      JobParametersBuilder params = new JobParametersBuilder().addString("runAt", runAt.toString());
      params.addString("from", from == null ? "" : from.toString());
      params.addString("to", to == null ? "" : to.toString());
      return result(jobOperator.start(job(from, to), params.toJobParameters()), false);
    }
  }

  private static Instant bound(JobParameters params, String key) {
    String v = params.getString(key);
    return v == null || v.isEmpty() ? null : Instant.parse(v);
  }

  private Job job(Instant from, Instant to) {
    PostFilter filter = PostFilter.ALL.between(from, to);
    // The ingest pipeline's analysis step; brands and copies were settled when the post was stored.
    PostPipeline pipeline = new PostPipeline(matcher, brands, null, analyzer);
    ItemProcessor<AnalyzedPost, AnalyzedPost> reanalyse =
        stored -> {
          Post p = stored.post();
          var handles = brands.handlesOf(stored.brands());
          String author = p.author().handle();
          boolean byBrand =
              author != null && handles.contains(BrandDirectory.normalizeHandle(author));
          return stored.withAnalysis(pipeline.analyse(p, stored.brands(), byBrand));
        };
    int chunk = settings.ingest().chunkSize();
    return new JobBuilder(NAME, jobRepository)
        .start(
            new StepBuilder("reanalyze.posts", jobRepository)
                .<AnalyzedPost, AnalyzedPost>chunk(chunk)
                .transactionManager(transactionManager)
                .reader(new StorePostReader(store, filter, chunk))
                .processor(reanalyse)
                .writer(items -> store.upsert(List.copyOf(items.getItems())))
                .build())
        .build();
  }

  private Result result(JobExecution execution, boolean resumed) {
    long read = 0;
    long written = 0;
    for (StepExecution s : execution.getStepExecutions()) {
      read += s.getReadCount();
      written += s.getWriteCount();
    }
    return new Result(execution.getId(), execution.getStatus().name(), read, written, resumed);
  }
}
