package org.brandpulse.reporting.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Debian's headless Chromium on a local file: DOM dumps and screenshots. */
final class Chromium {

  static final Path BINARY = Path.of("/usr/bin/chromium");

  private final Path profile;

  Chromium(Path profile) {
    this.profile = profile;
  }

  /** The DOM after the page's scripts ran (virtual time budget 5 s). */
  String dumpDom(Path page) throws IOException, InterruptedException {
    return run(page, "--virtual-time-budget=5000", "--dump-dom");
  }

  /** Writes a 1280 × 4000 screenshot of the page. */
  void screenshot(Path page, Path png) throws IOException, InterruptedException {
    run(page, "--virtual-time-budget=5000", "--window-size=1280,4000", "--screenshot=" + png);
  }

  private String run(Path page, String... extra) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                BINARY.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + profile));
    command.addAll(List.of(extra));
    command.add(page.toUri().toString());
    Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
    Path err = Files.createTempFile(profile.getParent(), "chromium", ".err");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("chromium did not finish within 180 s: " + command);
    }
    if (p.exitValue() != 0) {
      throw new IOException(
          "chromium exited with "
              + p.exitValue()
              + ": "
              + Files.readString(err, StandardCharsets.UTF_8));
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
