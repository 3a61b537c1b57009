package org.brandpulse.app.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The read models of the web UI; only in the web context. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebConfiguration {

  /** The pages' formatting of times and codes, {@code @fmt} in the templates. */
  @Bean
  WebFormat fmt() {
    return new WebFormat();
  }

  @Bean
  CaseInbox caseInbox(JdbcTemplate jdbc) {
    return new CaseInbox(jdbc);
  }

  @Bean
  ReportArchive reportArchive(JdbcTemplate jdbc) {
    return new ReportArchive(jdbc);
  }

  @Bean
  AuditRuns auditRuns(JdbcTemplate jdbc) {
    return new AuditRuns(jdbc);
  }

  @Bean
  JobRuns jobRuns(JdbcTemplate jdbc, java.time.Clock clock) {
    return new JobRuns(jdbc, clock);
  }
}
