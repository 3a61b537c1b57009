package org.brandpulse.app.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.brandpulse.app.complaints.OwnReplies;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.SourceSettings;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.dedup.Deduplicator;
import org.brandpulse.ingest.match.BrandMatcher;
import org.brandpulse.ingest.pipeline.Outcome;
import org.brandpulse.ingest.pipeline.PostPipeline;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.nlp.TextAnalyzer;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Defines the {@code ingestPosts} job: one chunk-oriented step per configured source, {@code
 * ingest.<source>}, reading through {@link PostSourceReader}, matching, de-duplicating and
 * analysing a chunk at a time in the {@link PostPipeline} and storing in {@link PostStoreWriter}
 * (no item processor: the pipeline works on whole chunks). Each source starts from its row in
 * {@link SourceCursors}, which its reader moves on in every chunk commit; a run's {@code since} (or
 * the source's configured one) sets how far back the API sources read.
 */
@Component
public class IngestPostsJob {

  /** The job's name in the job repository. */
  public static final String NAME = "ingestPosts";

  /** Step execution context key: near-duplicate copies counted. */
  public static final String COPIES = "ingest.copies";

  /** Step execution context key: posts that matched no brand and are by no brand's handle. */
  public static final String NO_BRAND = "ingest.noBrand";

  /** Step execution context key: posts whose analysis failed (in the skip report). */
  public static final String FAILED = "ingest.failed";

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
    PostPipeline pipeline = new PostPipeline(matcher, brands, deduplicator, analyzer);
    return new StepBuilder(name, jobRepository)
        .<Post, Post>chunk(settings.ingest().chunkSize())
        .transactionManager(transactionManager)
        .reader(reader)
        .writer(new PostStoreWriter(pipeline, store, ownReplies, brands, state::counted))
        .faultTolerant()
        .skip(RuntimeException.class)
        .skipLimit(Math.max(1, settings.ingest().skipLimit()))
        .skipListener(state)
        .listener((org.springframework.batch.core.listener.StepListener) state)
        .build();
  }

  /** Per-step bookkeeping: skips, copies, progress, the dedup window. */
  private final class StepState
      implements StepExecutionListener, ChunkListener<Post, Post>, SkipListener<Post, Post> {

    private final String source;
    private final IngestProgress progress;
    private final AtomicLong copies = new AtomicLong();
    private final AtomicLong noBrand = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private Deduplicator deduplicator;
    private StepExecution execution;
    private String sourceError;

    StepState(String source, IngestProgress progress) {
      this.source = source;
      this.progress = progress;
    }

    /** A chunk was stored: count its outcomes, report the posts whose analysis failed. */
    void counted(List<Outcome> outcomes) {
      for (Outcome o : outcomes) {
        if (o instanceof Outcome.Copy) {
          copies.incrementAndGet();
        } else if (o instanceof Outcome.NoBrand) {
          noBrand.incrementAndGet();
        } else if (o instanceof Outcome.Failed f) {
          failed.incrementAndGet();
          skipReport.record(
              execution.getJobExecutionId(),
              new SkippedRecord(source, f.postId(), f.reason(), f.post().text()));
        }
      }
    }

    private void saveCounts(ExecutionContext ctx) {
      ctx.putLong(COPIES, copies.get());
      ctx.putLong(NO_BRAND, noBrand.get());
      ctx.putLong(FAILED, failed.get());
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
      ExecutionContext ctx = stepExecution.getExecutionContext();
      copies.set(ctx.getLong(COPIES, 0L));
      noBrand.set(ctx.getLong(NO_BRAND, 0L));
      failed.set(ctx.getLong(FAILED, 0L));
      progress.sourceStarted(source);
    }

    @Override
    public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
      ExecutionContext ctx = stepExecution.getExecutionContext();
      saveCounts(ctx);
      if (sourceError != null) {
        ctx.putString(SOURCE_ERROR, sourceError);
      }
      progress.sourceFinished(source);
      return null;
    }

    // Spring Batch 6's chunk-oriented step calls the Chunk forms of these, inside the chunk's
    // transaction (after the write, before the execution context is saved): the counts saved here
    // commit with the chunk's cursor. It never calls the ChunkContext forms.
    @Override
    public void beforeChunk(Chunk<Post> chunk) {
      saveCounts(execution.getExecutionContext());
    }

    @Override
    public void afterChunk(Chunk<Post> chunk) {
      // the chunk is stored: the store answers for its originals from now on
      deduplicator.clearWindow();
      saveCounts(execution.getExecutionContext());
      long settled = copies.get() + noBrand.get() + failed.get();
      progress.chunkDone(
          source, execution.getReadCount(), execution.getWriteCount() - settled, noBrand.get());
    }

    @Override
    public void onChunkError(Exception exception, Chunk<Post> chunk) {
      // the chunk was rolled back: its originals were never stored
      deduplicator.clearWindow();
    }

    @Override
    public void onSkipInWrite(Post item, Throwable t) {
      skipReport.record(
          execution.getJobExecutionId(),
          new SkippedRecord(source, item.id(), "processing or writing failed: " + t, item.text()));
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
