package org.brandpulse.app.reanalyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.brandpulse.app.ingest.IngestTesting;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.nlp.AnalysisContext;
import org.brandpulse.nlp.TextAnalysis;
import org.brandpulse.nlp.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

class ReanalyzeJobTest {

  private static final Instant RUN = Instant.parse("2026-11-20T10:00:00Z");

  @TempDir Path dir;

  @Test
  void everyPostGetsTheNewAnalysisAndKeepsItsBrandsAndCopies() throws Exception {
    IngestTesting fixture = IngestTesting.ingested(dir, RUN);
    List<AnalyzedPost> before = fixture.posts();

    ReanalyzeJob.Result result = reanalyze(fixture, retrained());

    assertThat(result.status()).isEqualTo("COMPLETED");
    assertThat(result.written()).isEqualTo(before.size());
    List<AnalyzedPost> after = fixture.posts();
    assertThat(after).extracting(p -> p.analysis().tier()).containsOnly("retrained");
    assertThat(after).extracting(AnalyzedPost::brands).isEqualTo(brands(before));
    assertThat(after).extracting(AnalyzedPost::duplicateIds).isEqualTo(copies(before));
  }

  @Test
  void aCrashedRunIsResumedToTheEnd() throws Exception {
    IngestTesting fixture = IngestTesting.ingested(dir, RUN);
    int total = fixture.posts().size();
    try {
      reanalyze(fixture, retrained(), IngestTesting.crashAfterUpserts(1));
    } catch (RuntimeException expected) {
      // died after the first chunk was written
    }
    ReanalyzeJob.Result resumed = reanalyze(fixture, retrained());
    assertThat(resumed.resumed()).isTrue();
    assertThat(fixture.posts()).hasSize(total);
    assertThat(fixture.posts()).extracting(p -> p.analysis().tier()).containsOnly("retrained");
  }

  @SafeVarargs
  private static ReanalyzeJob.Result reanalyze(
      IngestTesting fixture,
      ApplicationContextInitializer<ConfigurableApplicationContext>... initializers)
      throws Exception {
    try (ConfigurableApplicationContext ctx = fixture.start(initializers)) {
      return ctx.getBean(ReanalyzeJob.class).run(RUN.plusSeconds(60), null, null);
    }
  }

  /** Replaces the analyser by one whose results say they come from a new model. */
  private static ApplicationContextInitializer<ConfigurableApplicationContext> retrained() {
    return ctx ->
        ctx.getBeanFactory()
            .addBeanPostProcessor(
                new BeanPostProcessor() {
                  @Override
                  public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof TextAnalyzer real)) {
                      return bean;
                    }
                    return new TextAnalyzer() {
                      @Override
                      public TextAnalysis analyze(String text, AnalysisContext context) {
                        TextAnalysis a = real.analyze(text, context);
                        return new TextAnalysis(
                            a.language(),
                            a.sentiment(),
                            a.complaint(),
                            a.keywords(),
                            a.hashtags(),
                            a.mentions(),
                            a.emoji(),
                            a.entities(),
                            "retrained");
                      }

                      @Override
                      public String tier() {
                        return "retrained";
                      }
                    };
                  }
                });
  }

  private static List<Object> brands(List<AnalyzedPost> posts) {
    List<Object> out = new ArrayList<>();
    posts.forEach(p -> out.add(p.brands()));
    return out;
  }

  private static List<Object> copies(List<AnalyzedPost> posts) {
    List<Object> out = new ArrayList<>();
    posts.forEach(p -> out.add(p.duplicateIds()));
    return out;
  }
}
