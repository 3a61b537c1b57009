package org.brandpulse.app.serve;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.brandpulse.app.cli.BrandpulseCommand;
import org.brandpulse.app.cli.ExitCodes;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code brandpulse serve}: the jobs on their schedules and the web UI, until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs every job on its cron schedule (serve.schedules) and serves the web UI: report archive,"
          + " complaint inbox, audits and a health page, for the users in serve.users.",
      "Two instances on one database never run the same job at once. Ctrl-C stops cleanly."
    })
public class ServeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", description = "Listen on this port instead of serve.port.")
  Integer port;

  @Override
  public Integer call() {
    BrandpulseCommand root = BrandpulseCommand.of(spec);
    BrandpulseSettings settings = root.settings();
    ServeSettings serve = serveSettings(settings);
    if (port != null) {
      serve = serve.withPort(port);
    }
    if (serve.users().isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              "brandpulse: nobody could log in: add users under 'serve.users' in "
                  + (settings.embedded() ? "a brandpulse.yml" : settings.file().toString())
                  + " (username, passwordHash from 'brandpulse hash-password', roles)");
      return ExitCodes.CONFIG;
    }
    CountDownLatch closed = new CountDownLatch(1);
    ConfigurableApplicationContext context =
        ServeApp.start(
            settings,
            serve,
            root.environment().clock(),
            ctx ->
                ctx.addApplicationListener(
                    e -> {
                      if (e instanceof ContextClosedEvent) {
                        closed.countDown();
                      }
                    }));
    int actual = ServeApp.port(context);
    spec.commandLine()
        .getOut()
        .println(
            "Brandpulse serves on "
                + serve.withPort(actual).url()
                + " (health: actuator/health). Ctrl-C stops it.");
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      context.close();
    }
    return ExitCodes.OK;
  }

  /** The {@code serve:} block of the configuration. */
  static ServeSettings serveSettings(BrandpulseSettings settings) {
    return settings.serve();
  }
}
