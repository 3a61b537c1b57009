package org.brandpulse.app.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.brandpulse.app.audit.AuditStore;
import org.brandpulse.seoaudit.checks.Finding;
import org.brandpulse.seoaudit.checks.Severity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** SEO audits: {@code /audits} lists the runs, {@code /audits/{id}} shows one run's findings. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class AuditController {

  /** At most this many findings on one page. */
  static final int MAX_FINDINGS = 2_000;

  private final AuditRuns runs;
  private final AuditStore store;

  public AuditController(AuditRuns runs, AuditStore store) {
    this.runs = runs;
    this.store = store;
  }

  @GetMapping("/audits")
  String list(Model model) {
    model.addAttribute("audits", runs.list(500));
    return "audits";
  }

  @GetMapping("/audits/{id}")
  String show(@PathVariable long id, Model model) {
    AuditRuns.Run run =
        runs.get(id)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no audit run " + id));
    List<Finding> findings = store.findings(id);
    model.addAttribute("run", run);
    model.addAttribute("findings", findings.subList(0, Math.min(findings.size(), MAX_FINDINGS)));
    model.addAttribute("more", Math.max(0, findings.size() - MAX_FINDINGS));
    model.addAttribute("bySeverity", countsBySeverity(findings));
    return "audit";
  }

  /** Every severity that has findings, worst first, with its count. */
  static Map<Severity, Long> countsBySeverity(List<Finding> findings) {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    findings.forEach(f -> counts.merge(f.severity(), 1L, Long::sum));
    return counts;
  }
}
