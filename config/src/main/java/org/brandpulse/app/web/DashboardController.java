package org.brandpulse.app.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.brandpulse.app.complaints.CaseStore;
import org.brandpulse.app.serve.JobLock;
import org.brandpulse.app.serve.JobScheduler;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.reporting.complaints.CaseState;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard ({@code /}) and the health page ({@code /health}). */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class DashboardController {

  private final CaseStore cases;
  private final PostStore posts;
  private final ReportArchive reports;
  private final AuditRuns audits;
  private final JobRuns runs;
  private final JobScheduler scheduler;
  private final JobLock lock;

  public DashboardController(
      CaseStore cases,
      PostStore posts,
      ReportArchive reports,
      AuditRuns audits,
      JobRuns runs,
      JobScheduler scheduler,
      JobLock lock) {
    this.cases = cases;
    this.posts = posts;
    this.reports = reports;
    this.audits = audits;
    this.runs = runs;
    this.scheduler = scheduler;
    this.lock = lock;
  }

  @GetMapping("/")
  String dashboard(Model model) {
    long[] counts = cases.countByState();
    Map<String, Long> byState = new LinkedHashMap<>();
    for (CaseState s : CaseState.values()) {
      byState.put(s.name(), counts[s.ordinal()]);
    }
    model.addAttribute("caseCounts", byState);
    model.addAttribute("postCount", postCount());
    model.addAttribute("reports", reports.list(5));
    model.addAttribute("audits", audits.list(5));
    model.addAttribute("runs", runs.latest(1));
    return "dashboard";
  }

  @GetMapping("/health")
  String health(Model model) {
    Map<String, String> schedules = new TreeMap<>();
    scheduler
        .jobs()
        .keySet()
        .forEach(job -> schedules.put(job, scheduler.schedule(job).orElse("not scheduled")));
    model.addAttribute("schedules", schedules);
    // CronTrigger without a zone fires in the JVM's default zone.
    model.addAttribute("cronZone", java.time.ZoneId.systemDefault());
    model.addAttribute("runs", runs.latest(5));
    model.addAttribute("holders", lock.holders());
    model.addAttribute("owner", lock.owner());
    model.addAttribute("postCount", postCount());
    return "health";
  }

  private String postCount() {
    try {
      return String.format(java.util.Locale.ROOT, "%,d", posts.count(PostFilter.ALL));
    } catch (StoreException e) {
      return "unavailable (" + e.getMessage() + ")";
    }
  }
}
