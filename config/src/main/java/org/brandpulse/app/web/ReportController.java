package org.brandpulse.app.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The report archive: {@code /reports} lists it, {@code /reports/{id}/file} serves one archived
 * HTML report (only files inside the data folder) under its own Content-Security-Policy (see {@link
 * SecurityConfiguration#REPORT_CSP}).
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ReportController {

  private final ReportArchive archive;
  private final BrandpulseSettings settings;

  public ReportController(ReportArchive archive, BrandpulseSettings settings) {
    this.archive = archive;
    this.settings = settings;
  }

  @GetMapping("/reports")
  String list(Model model) {
    model.addAttribute("reports", archive.list(500));
    return "reports";
  }

  @GetMapping("/reports/{id}/file")
  ResponseEntity<Resource> file(@PathVariable long id) {
    ReportArchive.Entry entry =
        archive
            .get(id)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no report " + id));
    Path data = settings.dataDir().toAbsolutePath().normalize();
    Path file = data.resolve(entry.path()).toAbsolutePath().normalize();
    if (!file.startsWith(data) || !Files.isRegularFile(file)) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND,
          "report " + id + ": no file " + entry.path() + " in the data folder");
    }
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .body(new FileSystemResource(file));
  }
}
