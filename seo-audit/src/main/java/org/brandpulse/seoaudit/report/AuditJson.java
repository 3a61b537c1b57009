package org.brandpulse.seoaudit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.brandpulse.seoaudit.audit.AuditResult;
import org.brandpulse.seoaudit.audit.PageSummary;
import org.brandpulse.seoaudit.checks.Finding;
import org.brandpulse.seoaudit.checks.Severity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code audit.json}: {@code {site, startUrl, startedAt, finishedAt, stopReason, healthScore,
 * pages: [{url, finalUrl, status, depth, title, words, contentType, bytes, fetchMillis, indexable,
 * findings}], findings: [{check, severity, url, detail, related_url}]}}, times in ISO-8601 UTC.
 * {@link #read} loads it back (for {@code --compare}).
 */
public final class AuditJson {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private AuditJson() {}

  /** Writes {@code result} to {@code file} (UTF-8, pretty-printed). */
  public static void write(AuditResult result, Path file) throws IOException {
    Files.writeString(file, toJson(result));
  }

  /** The JSON text of {@code result}. */
  public static String toJson(AuditResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("site", r.site());
    root.put("startUrl", r.startUrl());
    root.put("startedAt", r.startedAt().toString());
    root.put("finishedAt", r.finishedAt().toString());
    root.put("stopReason", r.stopReason());
    root.put("healthScore", r.healthScore());
    ArrayNode pages = root.putArray("pages");
    for (PageSummary p : r.pages()) {
      ObjectNode o = pages.addObject();
      o.put("url", p.url());
      o.put("finalUrl", p.finalUrl());
      o.put("status", p.status());
      o.put("depth", p.depth());
      o.put("title", p.title());
      o.put("words", p.words());
      o.put("contentType", p.contentType());
      o.put("bytes", p.bytes());
      o.put("fetchMillis", p.fetchMillis());
      o.put("indexable", p.indexable());
      o.put("findings", p.findings());
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding f : r.findings()) {
      ObjectNode o = findings.addObject();
      o.put("check", f.check());
      o.put("severity", f.severity().id());
      o.put("url", f.url());
      o.put("detail", f.detail());
      o.put("related_url", f.relatedUrl());
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  /**
   * Reads an {@code audit.json}.
   *
   * @throws IOException when the file cannot be read or is not an audit (naming the file and the
   *     missing or bad field)
   */
  public static AuditResult read(Path file) throws IOException {
    try {
      JsonNode root = MAPPER.readTree(Files.readString(file));
      List<PageSummary> pages = new ArrayList<>();
      for (JsonNode p : root.required("pages")) {
        pages.add(
            new PageSummary(
                text(p, "url"),
                text(p, "finalUrl"),
                p.required("status").asInt(),
                p.required("depth").asInt(),
                text(p, "title"),
                p.path("words").asInt(),
                text(p, "contentType"),
                p.path("bytes").asLong(),
                p.path("fetchMillis").asLong(),
                p.path("indexable").asBoolean(),
                p.path("findings").asInt()));
      }
      List<Finding> findings = new ArrayList<>();
      for (JsonNode f : root.required("findings")) {
        findings.add(
            new Finding(
                text(f, "check"),
                Severity.of(text(f, "severity")),
                text(f, "url"),
                text(f, "detail"),
                text(f, "related_url")));
      }
      return new AuditResult(
          text(root, "site"),
          text(root, "startUrl"),
          Instant.parse(text(root, "startedAt")),
          Instant.parse(text(root, "finishedAt")),
          text(root, "stopReason"),
          root.required("healthScore").asDouble(),
          pages,
          findings);
    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
      throw new IOException("not a valid audit.json: " + file + ": " + e.getMessage(), e);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IOException("bad time in " + file + ": '" + e.getParsedString() + "'", e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }
}
