package org.brandpulse.app.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.brandpulse.app.alerts.OwnReplies;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.SourceSettings;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.dedup.Deduplicator;
import org.brandpulse.ingest.match.BrandMatcher;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.nlp.TextAnalyzer;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Defines the {@code ingestPosts} job: one chunk-oriented step per configured source, {@code
 * ingest.<source>}, reading through {@link PostSourceReader}, matching, de-duplicating and
 * analysing in {@link PostAnalysisProcessor}, writing with {@link PostStoreWriter}. Each source
 * starts from its row in {@link SourceCursors}, which its reader moves on in every chunk commit; a
 * run's {@code since} (or the source's configured one) sets how far back the API sources read.
 */
@Component
public class IngestPostsJob {

  /** The job's name in the job repository. */
  public static final String NAME = "ingestPosts";

  /** Step execution context key: near-duplicate copies counted. */
  public static final String COPIES = "ingest.copies";

  /** Step execution context key: the error that stopped the source early. */
  public static final String SOURCE_ERROR = "ingest.sourceError";

  private final BrandpulseSettings settings;
  private final JobRepository jobRepository;
  private final PlatformTransactionManager transactionManager;
  private final PostStore store;
  private final TextAnalyzer analyzer;
  private final BrandMatcher matcher;
  private final BrandDirectory brands;
  private final SourceFactory sources;
  private final SkipReport skipReport;
  private final OwnReplies ownReplies;
  private final SourceCursors cursors;

  public IngestPostsJob(
      BrandpulseSettings settings,
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      PostStore store,
      TextAnalyzer analyzer,
      BrandMatcher matcher,
      BrandDirectory brands,
      SourceFactory sources,
      SkipReport skipReport,
      OwnReplies ownReplies,
      SourceCursors cursors) {
    this.settings = settings;
    this.jobRepository = jobRepository;
    this.transactionManager = transactionManager;
    this.store = store;
    this.analyzer = analyzer;
    this.matcher = matcher;
    this.brands = brands;
    this.sources = sources;
    this.skipReport = skipReport;
    this.ownReplies = ownReplies;
    this.cursors = cursors;
  }

  /** The step name of a source. */
  public static String stepName(String source) {
    return "ingest." + source;
  }

  /**
   * Builds the job for a run at {@code runAt}, with only the named sources (all when empty).
   *
   * @param since the run's window start for the API sources ({@code ingest --since}), or null for
   *     each source's configured one
   */
  public Job build(Instant runAt, List<String> only, Instant since, IngestProgress progress) {
    List<Step> steps = new ArrayList<>();
    for (SourceSettings source : settings.sources()) {
      if (only.isEmpty() || only.contains(source.name())) {
        steps.add(step(source, runAt, since, progress));
      }
    }
    if (steps.isEmpty()) {
      throw new IllegalArgumentException(
          "no sources to ingest: " + (only.isEmpty() ? "none configured" : "none named " + only));
    }
    SimpleJobBuilder job = new JobBuilder(NAME, jobRepository).start(steps.get(0));
    for (Step step : steps.subList(1, steps.size())) {
      job = job.next(step);
    }
    return job.build();
  }

  private Step step(SourceSettings source, Instant runAt, Instant since, IngestProgress progress) {
    String name = stepName(source.name());
    StepState state = new StepState(source.name(), progress);
    Clock clock = Clock.fixed(runAt, ZoneOffset.UTC);
    PostSourceReader reader =
        new PostSourceReader(
            sources.create(source, clock, since),
            cursors.startingPoint(source.name(), name),
            state::skipped,
            cursor ->
                cursors.save(source.name(), cursor, state.execution.getJobExecutionId(), runAt));
    Deduplicator deduplicator = new Deduplicator(store);
    state.deduplicator = deduplicator;
    PostAnalysisProcessor processor =
        new PostAnalysisProcessor(matcher, brands, deduplicator, analyzer);
    return new StepBuilder(name, jobRepository)
        .<Post, IngestItem>chunk(settings.ingest().chunkSize())
        .transactionManager(transactionManager)
        .reader(reader)
        .processor(processor)
        .writer(new PostStoreWriter(store, ownReplies, brands))
        .faultTolerant()
        .skip(RuntimeException.class)
        .skipLimit(Math.max(1, settings.ingest().skipLimit()))
        .skipListener(state)
        .listener((org.springframework.batch.core.listener.StepListener) state)
        .build();
  }

  /** Per-step bookkeeping: skips, copies, progress, the dedup window. */
  private final class StepState
      implements StepExecutionListener,
          ChunkListener<Post, IngestItem>,
          ItemProcessListener<Post, IngestItem>,
          SkipListener<Post, IngestItem> {

    private final String source;
    private final IngestProgress progress;
    private final AtomicLong copies = new AtomicLong();
    private Deduplicator deduplicator;
    private StepExecution execution;
    private String sourceError;

    StepState(String source, IngestProgress progress) {
      this.source = source;
      this.progress = progress;
    }

    void skipped(SkippedRecord record) {
      if ("source".equals(record.location())) {
        sourceError = record.reason();
      }
      skipReport.record(execution.getJobExecutionId(), record);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
      execution = stepExecution;
      copies.set(stepExecution.getExecutionContext().getLong(COPIES, 0L));
      progress.sourceStarted(source);
    }

    @Override
    public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
      ExecutionContext ctx = stepExecution.getExecutionContext();
      ctx.putLong(COPIES, copies.get());
      if (sourceError != null) {
        ctx.putString(SOURCE_ERROR, sourceError);
      }
      progress.sourceFinished(source);
      return null;
    }

    @Override
    public void beforeChunk(ChunkContext context) {
      execution.getExecutionContext().putLong(COPIES, copies.get());
    }

    @Override
    public void afterChunk(ChunkContext context) {
      deduplicator.clearWindow();
      execution.getExecutionContext().putLong(COPIES, copies.get());
      progress.chunkDone(
          source, execution.getReadCount(), execution.getWriteCount(), execution.getFilterCount());
    }

    @Override
    public void afterChunkError(ChunkContext context) {
      deduplicator.clearWindow();
    }

    @Override
    public void afterProcess(Post item, IngestItem result) {
      if (result != null && result.isCopy()) {
        copies.incrementAndGet();
      }
    }

    @Override
    public void onSkipInProcess(Post item, Throwable t) {
      skipReport.record(
          execution.getJobExecutionId(),
          new SkippedRecord(source, item.id(), "processing failed: " + t, item.text()));
    }

    @Override
    public void onSkipInWrite(IngestItem item, Throwable t) {
      String id = item.isCopy() ? item.copyId() : item.post().id();
      skipReport.record(
          execution.getJobExecutionId(), new SkippedRecord(source, id, "writing failed: " + t, ""));
    }

    @Override
    public void onSkipInRead(Throwable t) {
      skipReport.record(
          execution.getJobExecutionId(),
          new SkippedRecord(source, "read", "reading failed: " + t, ""));
    }
  }

  /** The job executions of the given instance's last run and its figures. */
  List<JobExecution> executions(JobInstance instance) {
    return jobRepository.getJobExecutions(instance);
  }
}
