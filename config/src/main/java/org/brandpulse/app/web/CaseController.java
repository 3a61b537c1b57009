package org.brandpulse.app.web;

import java.time.Clock;
import java.util.List;
import org.brandpulse.app.complaints.CaseStore;
import org.brandpulse.app.serve.ServeSettings;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.reporting.complaints.CaseState;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The complaint inbox: {@code /cases} lists and filters, {@code /case?id=} (or {@code /cases/{id}}
 * for ids without a slash, the e-mails' links) shows one case; managers assign it and mark it
 * replied or resolved with CSRF-protected POSTs.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class CaseController {

  private final CaseInbox inbox;
  private final CaseStore store;
  private final ServeSettings serve;
  private final Clock clock;

  public CaseController(CaseInbox inbox, CaseStore store, ServeSettings serve, Clock clock) {
    this.inbox = inbox;
    this.store = store;
    this.serve = serve;
    this.clock = clock;
  }

  @GetMapping("/cases")
  String list(
      @RequestParam(required = false) String brand,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) Integer minPriority,
      Model model) {
    CaseInbox.Filter filter = new CaseInbox.Filter(brand, state, category, minPriority);
    model.addAttribute("filter", filter);
    model.addAttribute("cases", inbox.list(filter));
    model.addAttribute("brands", inbox.brands());
    model.addAttribute("states", List.of(CaseState.values()));
    model.addAttribute("categories", List.of(ComplaintCategory.values()));
    model.addAttribute("limit", CaseInbox.LIMIT);
    return "cases";
  }

  @GetMapping("/case")
  String show(@RequestParam String id, Model model) {
    CaseInbox.Row row =
        inbox
            .get(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + id));
    model.addAttribute("c", row);
    model.addAttribute("users", serve.users().stream().map(ServeSettings.User::username).toList());
    return "case";
  }

  @GetMapping("/cases/{id}")
  String showByPath(@PathVariable String id, Model model) {
    return show(id, model);
  }

  @PostMapping("/cases/assign")
  String assign(
      @RequestParam String id,
      @RequestParam(required = false) String assignee,
      RedirectAttributes flash) {
    String who = assignee == null || assignee.isBlank() ? null : assignee.strip();
    if (who != null && serve.users().stream().noneMatch(u -> u.username().equals(who))) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no user named " + who);
    }
    if (!store.assign(id, who)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + id);
    }
    flash.addFlashAttribute("message", who == null ? "Unassigned." : "Assigned to " + who + ".");
    return back(id);
  }

  @PostMapping("/cases/replied")
  String replied(@RequestParam String id, Authentication auth, RedirectAttributes flash) {
    boolean changed = store.markReplied(id, clock.instant(), auth.getName());
    flash.addFlashAttribute("message", changed ? "Marked replied." : "The case was not open.");
    return back(id);
  }

  @PostMapping("/cases/resolved")
  String resolved(@RequestParam String id, Authentication auth, RedirectAttributes flash) {
    boolean changed = store.markResolved(id, clock.instant(), auth.getName());
    flash.addFlashAttribute("message", changed ? "Marked resolved." : "The case was not open.");
    return back(id);
  }

  private static String back(String id) {
    return "redirect:"
        + UriComponentsBuilder.fromPath("/case").queryParam("id", "{id}").encode().build(id);
  }
}
