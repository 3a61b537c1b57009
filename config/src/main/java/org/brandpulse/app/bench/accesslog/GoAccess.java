package org.brandpulse.app.bench.accesslog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brandpulse.ingest.metrics.accesslog.TrafficClassifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the {@code goaccess} binary on a log ({@code --log-format=COMBINED --no-global-config
 * --no-progress -o out.json}) and reads the totals of its JSON report. Wall time, CPU time (user +
 * system) and peak RSS come from {@code /usr/bin/time} when it is there; without it only wall time
 * is measured.
 */
final class GoAccess {

  private static final Path TIME = Path.of("/usr/bin/time");
  private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)+");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * One goaccess run.
   *
   * @param label what the run shows, e.g. {@code default}
   * @param flags the extra flags
   * @param wallSeconds elapsed time
   * @param cpuSeconds user + system time, -1 when not measured
   * @param peakRssKb maximum resident set size in KiB, -1 when not measured
   * @param totalRequests {@code general.total_requests}
   * @param validRequests {@code general.valid_requests}
   * @param uniqueVisitors {@code general.unique_visitors} (IP + date + user agent)
   * @param staticHits hits of the static-requests panel
   * @param crawlerHits hits of the browsers panel's {@code Crawlers} entry
   * @param crawlers names of the crawlers it recognised, e.g. {@code Googlebot/2.1}
   * @param assetsAsPages hits it counts as page requests on paths we call assets
   */
  record Run(
      String label,
      List<String> flags,
      double wallSeconds,
      double cpuSeconds,
      long peakRssKb,
      long totalRequests,
      long validRequests,
      long uniqueVisitors,
      long staticHits,
      long crawlerHits,
      List<String> crawlers,
      long assetsAsPages) {
    Run {
      flags = List.copyOf(flags);
      crawlers = List.copyOf(crawlers);
    }
  }

  private GoAccess() {}

  /**
   * Returns the version {@code command --version} prints (its first line when it has no version
   * number), or null when the command cannot be run.
   */
  static String version(String command) {
    try {
      Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return null;
      }
      Matcher m = VERSION.matcher(out);
      return m.find() ? "goaccess " + m.group() : out.lines().findFirst().orElse(command);
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /**
   * Runs goaccess on the log with extra flags, writing its JSON and timings into {@code work}.
   *
   * @throws IOException when it cannot be started, fails, or writes no readable JSON
   */
  static Run run(
      String command,
      Path log,
      String label,
      List<String> flags,
      Path work,
      TrafficClassifier classifier)
      throws IOException, InterruptedException {
    Path json = work.resolve("goaccess-" + label + ".json");
    Path times = work.resolve("goaccess-" + label + ".time");
    Files.deleteIfExists(json);
    List<String> cmd = new ArrayList<>();
    boolean timed = Files.isExecutable(TIME);
    if (timed) {
      cmd.addAll(List.of(TIME.toString(), "-f", "%e %U %S %M", "-o", times.toString()));
    }
    cmd.addAll(List.of(command, log.toString(), "--log-format=COMBINED", "--no-global-config"));
    cmd.addAll(List.of("--no-progress", "-o", json.toString()));
    cmd.addAll(flags);
    Path output = work.resolve("goaccess-" + label + ".out");
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    int exit = p.waitFor();
    double wall = (System.nanoTime() - start) / 1e9;
    if (exit != 0 || !Files.isRegularFile(json)) {
      throw new IOException(
          "goaccess run '"
              + label
              + "' on "
              + log
              + " exited "
              + exit
              + ": expected a JSON report "
              + json
              + "; output: "
              + clip(Files.readString(output, StandardCharsets.UTF_8)));
    }
    double cpu = -1;
    long rss = -1;
    if (timed) {
      String[] f = Files.readString(times, StandardCharsets.UTF_8).trim().split("\\s+");
      if (f.length >= 4) {
        wall = Double.parseDouble(f[f.length - 4]);
        cpu = Double.parseDouble(f[f.length - 3]) + Double.parseDouble(f[f.length - 2]);
        rss = Long.parseLong(f[f.length - 1]);
      }
    }
    return read(label, flags, wall, cpu, rss, json, classifier);
  }

  private static Run read(
      String label,
      List<String> flags,
      double wall,
      double cpu,
      long rss,
      Path json,
      TrafficClassifier classifier) {
    JsonNode root = JSON.readTree(json.toFile());
    JsonNode general = root.path("general");
    long crawlerHits = 0;
    List<String> crawlers = new ArrayList<>();
    for (JsonNode browser : root.path("browsers").path("data")) {
      if (browser.path("data").asString("").equals("Crawlers")) {
        crawlerHits = browser.path("hits").path("count").asLong(0);
        for (JsonNode item : browser.path("items")) {
          crawlers.add(item.path("data").asString(""));
        }
      }
    }
    long assetsAsPages = 0;
    for (JsonNode request : root.path("requests").path("data")) {
      String target = request.path("data").asString("");
      int q = target.indexOf('?');
      if (classifier.isAsset(q < 0 ? target : target.substring(0, q))) {
        assetsAsPages += request.path("hits").path("count").asLong(0);
      }
    }
    return new Run(
        label,
        flags,
        wall,
        cpu,
        rss,
        general.path("total_requests").asLong(0),
        general.path("valid_requests").asLong(0),
        general.path("unique_visitors").asLong(0),
        root.path("static_requests")
            .path("metadata")
            .path("hits")
            .path("total")
            .path("value")
            .asLong(0),
        crawlerHits,
        crawlers,
        assetsAsPages);
  }

  /** Returns true when goaccess recognised {@code userAgent} as a crawler in this run. */
  static boolean knows(Run run, String userAgent) {
    String lower = userAgent.toLowerCase(Locale.ROOT);
    for (String name : run.crawlers()) {
      int slash = name.indexOf('/');
      String product = (slash > 0 ? name.substring(0, slash) : name).toLowerCase(Locale.ROOT);
      if (!product.isBlank() && lower.contains(product)) {
        return true;
      }
    }
    return false;
  }

  private static String clip(String text) {
    String t = text.strip();
    return t.length() > 300 ? t.substring(0, 300) + "…" : t;
  }
}
