package org.brandpulse.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.brandpulse.app.cli.BrandpulseCommand;
import org.brandpulse.app.cli.CliEnvironment;
import org.brandpulse.app.testing.SteppingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import picocli.CommandLine;

class ServeCommandTest {

  @TempDir Path dir;

  /** One clock for the whole test: each command run gets its own run time. */
  private final java.time.Clock clock =
      SteppingClock.startingAt("2026-11-27T09:00:00Z", java.time.Duration.ofSeconds(1));

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String stdin, String... args) {
    CommandLine cli =
        BrandpulseCommand.commandLine(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            CliEnvironment.fixed(clock, dir));
    if (!cli.getSubcommands().containsKey("serve")) {
      cli.addSubcommand(new ServeCommand());
      cli.addSubcommand(new HashPasswordCommand());
      // Streams set before a subcommand was added do not reach it.
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
    }
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      return cli.execute(args);
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void hashPasswordPrintsABcryptHashOfTheFirstLine() {
    String password = "পাসওয়ার্ড-كلمة-密码-🔑";
    assertThat(run(password + "\nignored\n", "hash-password")).isZero();
    String hash = out.toString().strip();
    assertThat(hash).startsWith("{bcrypt}$2a$10$");
    assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches(password, hash))
        .isTrue();
    assertThat(hash).doesNotContain(password);
  }

  @Test
  void hashPasswordWithoutInputIsAUsageError() {
    assertThat(run("", "hash-password")).isEqualTo(2);
    assertThat(err.toString()).contains("no password given");
  }

  @Test
  void serveWithoutUsersRefusesToStartAndSaysWhatToAdd() throws Exception {
    Path config = dir.resolve("brandpulse.yml");
    Files.writeString(config, "brands:\n  - {name: Bazarly, query: bazarly}\n");
    assertThat(run("", "-c", config.toString(), "serve", "--port", "0")).isEqualTo(3);
    assertThat(err.toString()).contains("serve.users", "brandpulse.yml", "hash-password");
  }

  @Test
  void settingsDefaultAndValidate() {
    assertThat(ServeSettings.DEFAULTS.port()).isEqualTo(8080);
    assertThat(ServeSettings.DEFAULTS.address()).isEqualTo("127.0.0.1");
    assertThat(ServeSettings.DEFAULTS.url()).isEqualTo("http://127.0.0.1:8080/");
    assertThat(ServeSettings.DEFAULTS.schedules())
        .containsEntry("ingestPosts", "0 */15 * * * *")
        .containsEntry("report", "0 0 6 * * MON");
    ServeSettings custom =
        new ServeSettings(9090, "::1", Map.of("seoAudit", "-"), List.of(), "https://bp.example");
    assertThat(custom.schedules()).containsEntry("seoAudit", "-").hasSize(5);
    assertThat(custom.url()).isEqualTo("https://bp.example/");

    assertThatThrownBy(
            () -> new ServeSettings(null, null, Map.of("report", "every monday"), null, null))
        .hasMessageContaining("serve.schedules.report")
        .hasMessageContaining("every monday");
    assertThatThrownBy(() -> new ServeSettings.User("রহিম", "hunter2", List.of("viewer")))
        .hasMessageContaining("serve.users[রহিম].passwordHash")
        .hasMessageNotContaining("hunter2");
    for (String weak : new String[] {"{noop}hunter2", "{sha256}abc", "{MD5}abc", "{ldap}x"}) {
      assertThatThrownBy(() -> new ServeSettings.User("rahim", weak, List.of("viewer")))
          .as(weak)
          .hasMessageContaining("is not a slow one-way hash")
          .hasMessageNotContaining("hunter2");
    }
    assertThat(
            new ServeSettings.User("r", "{argon2@SpringSecurity_v5_8}$argon2id$x", List.of())
                .roles())
        .containsExactly("viewer");
    assertThatThrownBy(() -> new ServeSettings.User("rahim", "{bcrypt}$2a$10$x", List.of("owner")))
        .hasMessageContaining("unknown role 'owner'");
    assertThatThrownBy(() -> new ServeSettings(70_000, null, null, null, null))
        .hasMessageContaining("serve.port");
  }
}
