package org.brandpulse.ingest.store.elasticsearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The unprivileged user Elasticsearch runs as when the tests run as root (it refuses root): {@code
 * brandpulse-es}, created with {@code useradd} when missing, else {@code nobody}. The distribution
 * and the run folder are handed to that user.
 */
final class EsUser {

  static final String NAME = "brandpulse-es";

  private EsUser() {}

  /**
   * Prepares {@code home} and {@code runDir} for the server.
   *
   * @return the user to run as, or null when the tests do not run as root
   */
  static String prepare(Path home, Path runDir) throws IOException, InterruptedException {
    if (!"0".equals(run(List.of("id", "-u")).strip())) {
      return null;
    }
    String user = NAME;
    if (exitCode(List.of("id", "-u", NAME)) != 0
        && exitCode(
                List.of(
                    "useradd",
                    "--system",
                    "--no-create-home",
                    "--shell",
                    "/usr/sbin/nologin",
                    NAME))
            != 0) {
      user = "nobody";
    }
    for (Path dir : List.of(home, runDir)) {
      run(List.of("chown", "-R", user, dir.toString()));
      run(List.of("chmod", "-R", "u+rwX", dir.toString()));
    }
    run(List.of("chmod", "-R", "u+x", home.resolve("bin").toString()));
    return user;
  }

  private static int exitCode(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + out.strip());
    }
    return out;
  }
}
