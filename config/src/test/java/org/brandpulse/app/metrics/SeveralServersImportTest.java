package org.brandpulse.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brandpulse.app.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two web servers' logs of the same day add up; importing a file again replaces its own rows. */
class SeveralServersImportTest {

  private static final String UA =
      "Mozilla/5.0 (Linux; Android 14; বাংলা) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36";

  @TempDir Path dir;

  private CliRun cli;

  @org.junit.jupiter.api.BeforeEach
  void runner() {
    cli = new CliRun(dir);
  }

  @Test
  void serverBAfterServerAAddsAndReimportsAreIdempotent() throws IOException {
    Path a = log("server-a.log", "10.0.0.", 3);
    Path b = log("server-b.log", "10.9.0.", 2);

    importLogs(a);
    assertThat(sessionsOn()).isEqualTo(3.0);
    importLogs(b);
    assertThat(sessionsOn()).isEqualTo(5.0);
    importLogs(a);
    importLogs(b);
    assertThat(sessionsOn()).isEqualTo(5.0);
    importLogs(a, b);
    assertThat(sessionsOn()).isEqualTo(5.0);
  }

  @Test
  void aGrownFileReplacesItsEarlierContribution() throws IOException {
    Path a = log("access.log", "10.0.0.", 2);
    importLogs(a);
    Files.writeString(a, String.join("\n", lines("10.0.0.", 4)) + "\n");
    importLogs(a);
    assertThat(sessionsOn()).isEqualTo(4.0);
  }

  /** One session per visitor on 2026-09-07, a page and its stylesheet, 10:00 to 23:59. */
  private Path log(String name, String ipPrefix, int visitors) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines(ipPrefix, visitors)) + "\n");
    return file;
  }

  private static List<String> lines(String ipPrefix, int visitors) {
    List<String> out = new ArrayList<>();
    for (int v = 0; v < visitors; v++) {
      String time = String.format(java.util.Locale.ROOT, "07/Sep/2026:%02d:00:00 +0000", 10 + v);
      out.add(
          ipPrefix
              + v
              + " - - ["
              + time
              + "] \"GET /স্টোর HTTP/1.1\" 200 900 \"-\" \""
              + UA
              + "\"");
      out.add(
          ipPrefix + v + " - - [" + time + "] \"GET /s.css HTTP/1.1\" 200 90 \"-\" \"" + UA + "\"");
    }
    return out;
  }

  private void importLogs(Path... files) {
    List<String> args =
        new ArrayList<>(List.of("metrics", "import", "--site", "shop", "--access-log"));
    for (Path f : files) {
      args.add(f.toString());
    }
    assertThat(cli.run(args.toArray(String[]::new))).as(cli.err()).isZero();
  }

  @SuppressWarnings("unchecked")
  private double sessionsOn() {
    cli.run(
        "metrics", "growth", "--site", "shop", "--period", "day", "--date", "2026-09-07", "--json");
    Map<String, Object> growth = cli.json();
    Map<String, Object> sessions = ((List<Map<String, Object>>) growth.get("rows")).get(0);
    assertThat(sessions).containsEntry("name", "sessions");
    return ((Number) sessions.get("current")).doubleValue();
  }
}
