package org.brandpulse.app.serve;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.brandpulse.app.audit.SeoAuditJob;
import org.brandpulse.app.complaints.ComplaintAlertsJob;
import org.brandpulse.app.ingest.PostIngestion;
import org.brandpulse.app.metrics.IngestMetricsJob;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The scheduler of {@code brandpulse serve}. Only in the web context: the command line's contexts
 * never schedule anything. {@link ServeSettings} is registered by {@link ServeApp}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ServeConfiguration {

  /** How long a job lease lasts without a heartbeat. */
  static final Duration LEASE = Duration.ofMinutes(2);

  @Bean
  static BatchObservations batchObservations(ObjectProvider<ObservationRegistry> registry) {
    return new BatchObservations(registry);
  }

  @Bean
  JobLock jobLock(JdbcTemplate jdbc, Clock clock) {
    return new JobLock(jdbc, instanceName(), LEASE, clock);
  }

  @Bean
  ServeMetrics serveMetrics(MeterRegistry registry) {
    return new ServeMetrics(registry);
  }

  @Bean(destroyMethod = "shutdown")
  ThreadPoolTaskScheduler brandpulseTaskScheduler() {
    ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    scheduler.setPoolSize(8);
    scheduler.setThreadNamePrefix("brandpulse-job-");
    scheduler.setWaitForTasksToCompleteOnShutdown(true);
    scheduler.setAwaitTerminationSeconds(30);
    return scheduler;
  }

  @Bean
  ScheduledJob ingestPostsSchedule(
      PostIngestion ingestion, BrandpulseSettings settings, ServeMetrics metrics) {
    return BuiltInJobs.ingestPosts(ingestion, settings, metrics);
  }

  @Bean
  ScheduledJob complaintAlertsSchedule(ComplaintAlertsJob job, ServeMetrics metrics) {
    return BuiltInJobs.complaintAlerts(job, metrics);
  }

  @Bean
  ScheduledJob ingestMetricsSchedule(IngestMetricsJob job, BrandpulseSettings settings) {
    return BuiltInJobs.ingestMetrics(job, settings);
  }

  @Bean
  ScheduledJob seoAuditSchedule(SeoAuditJob job, BrandpulseSettings settings) {
    return BuiltInJobs.seoAudit(job, settings);
  }

  @Bean
  JobScheduler jobScheduler(
      List<ScheduledJob> jobs,
      ServeSettings settings,
      JobLock lock,
      ThreadPoolTaskScheduler brandpulseTaskScheduler,
      ServeMetrics metrics,
      Clock clock) {
    return new JobScheduler(jobs, settings, lock, brandpulseTaskScheduler, metrics, clock);
  }

  /** Host, process id and a random part: unique even for two instances in one process (tests). */
  static String instanceName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    String pid = ManagementFactory.getRuntimeMXBean().getName().split("@")[0];
    return host + ":" + pid + ":" + UUID.randomUUID().toString().substring(0, 8);
  }
}
