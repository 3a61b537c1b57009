package org.brandpulse.app;

import org.brandpulse.app.ingest.BrandDirectory;
import org.brandpulse.app.metrics.MetricsRepository;
import org.brandpulse.app.metrics.SearchRangeRepository;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.SettingsException;
import org.brandpulse.ingest.match.BrandMatcher;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.nlp.TextAnalyzer;
import org.brandpulse.nlp.TextAnalyzers;
import org.brandpulse.reporting.period.GrowthService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The library objects the jobs share, built from the validated settings. The settings and the
 * {@link java.time.Clock} are registered by whoever starts the context ({@code AppContext.base}).
 */
@Configuration(proxyBeanMethods = false)
public class AppConfiguration {

  @Bean(destroyMethod = "close")
  PostStore postStore(BrandpulseSettings settings) throws StoreException {
    return Stores.open(settings, System::getenv);
  }

  @Bean
  GrowthService growthService(
      MetricsRepository metrics, SearchRangeRepository searchRanges, PostStore posts) {
    return new GrowthService(metrics, searchRanges, posts);
  }

  @Bean
  TextAnalyzer textAnalyzer() {
    return TextAnalyzers.fast();
  }

  @Bean
  BrandDirectory brandDirectory(BrandpulseSettings settings) {
    return new BrandDirectory(settings.brands());
  }

  @Bean(destroyMethod = "close")
  BrandMatcher brandMatcher(BrandDirectory brands, BrandpulseSettings settings) {
    try {
      return new BrandMatcher(brands.queries());
    } catch (IllegalArgumentException e) {
      throw new SettingsException(settings.file() + ": " + e.getMessage(), e);
    }
  }
}
