package org.brandpulse.app.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for tests: a fresh cluster in a temporary folder on a free port of
 * 127.0.0.1, started from the Debian {@code postgresql} package's binaries ({@code .ci/run}
 * installs it). PostgreSQL refuses to run as root, so under root it runs as the {@code postgres}
 * user. Tests are skipped when no PostgreSQL binaries are installed.
 */
public final class PostgresServer implements AutoCloseable {

  private final Path dataDir;
  private final Path bin;
  private final int port;
  private final Process process;

  private PostgresServer(Path bin, Path dataDir, int port, Process process) {
    this.bin = bin;
    this.dataDir = dataDir;
    this.port = port;
    this.process = process;
  }

  /** Starts a server, or skips the calling test when PostgreSQL is not installed. */
  public static PostgresServer start() throws IOException, InterruptedException {
    Path bin = findBin();
    Assumptions.assumeTrue(
        bin != null, "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin");
    Path dir = Files.createTempDirectory("brandpulse-pg");
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
    }
    run(
        asUser(
            root,
            List.of(
                bin.resolve("initdb").toString(),
                "-D",
                dir.resolve("data").toString(),
                "-A",
                "trust",
                "-U",
                "brandpulse",
                "-E",
                "UTF8",
                "--locale=C")));
    int port = freePort();
    Process p =
        new ProcessBuilder(
                asUser(
                    root,
                    List.of(
                        bin.resolve("postgres").toString(),
                        "-D",
                        dir.resolve("data").toString(),
                        "-p",
                        String.valueOf(port),
                        "-h",
                        "127.0.0.1",
                        "-k",
                        dir.toString())))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("server.log").toFile())
            .start();
    PostgresServer server = new PostgresServer(bin, dir, port, p);
    server.awaitReady();
    return server;
  }

  /**
   * Creates a fresh database {@code name} on this server and returns the {@code database:} block of
   * a brandpulse.yml that uses it.
   */
  public String newDatabase(String name) throws java.sql.SQLException {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbcUrl(), "brandpulse", "");
        java.sql.Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    }
    return "database: {url: '"
        + jdbcUrl().replace("/postgres", "/" + name)
        + "', username: brandpulse}\n";
  }

  /** The JDBC URL of the {@code postgres} database, user {@code brandpulse}, no password. */
  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  private void awaitReady() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(
            "PostgreSQL exited: " + Files.readString(dataDir.resolve("server.log")));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        Thread.sleep(300);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IOException("PostgreSQL did not start within 30 s on port " + port);
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    run(List.of("rm", "-rf", dataDir.toString()));
  }

  private static List<String> asUser(boolean root, List<String> command) {
    if (!root) {
      return command;
    }
    List<String> out = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
    out.addAll(command);
    return out;
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + output);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static Path findBin() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return null;
    }
    Path best = null;
    try (DirectoryStream<Path> versions = Files.newDirectoryStream(root)) {
      for (Path v : versions) {
        Path bin = v.resolve("bin");
        if (Files.isExecutable(bin.resolve("initdb"))
            && (best == null
                || v.getFileName().toString().compareTo(best.getParent().getFileName().toString())
                    > 0)) {
          best = bin;
        }
      }
    }
    return best;
  }
}
