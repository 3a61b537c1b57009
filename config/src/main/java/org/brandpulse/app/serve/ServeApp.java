package org.brandpulse.app.serve;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.brandpulse.app.BrandpulseApplication;
import org.brandpulse.app.cli.AppContext;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the web context of {@code brandpulse serve}: the command line's context plus an embedded
 * Tomcat with the UI, the actuator and the job scheduler. Actuator: {@code /actuator/health} is
 * public (status only), {@code /actuator/prometheus} needs an admin login.
 */
public final class ServeApp {

  private ServeApp() {}

  /** The Spring properties of the web context on top of the command line's. */
  static Map<String, Object> properties(BrandpulseSettings settings, ServeSettings serve) {
    Map<String, Object> props = new HashMap<>(AppContext.properties(settings));
    props.put("server.port", serve.port());
    props.put("server.address", serve.address());
    props.put("server.servlet.session.cookie.same-site", "strict");
    props.put("server.servlet.session.cookie.http-only", "true");
    props.put("server.error.include-stacktrace", "never");
    props.put("server.error.whitelabel.enabled", "false");
    props.put("management.endpoints.web.exposure.include", "health,prometheus");
    props.put("management.endpoint.health.show-details", "never");
    props.put("spring.thymeleaf.cache", "true");
    return props;
  }

  /**
   * Starts the web context; returns once the server listens.
   *
   * @param initializers adjust the context before it is refreshed (tests)
   */
  @SafeVarargs
  public static ConfigurableApplicationContext start(
      BrandpulseSettings settings,
      ServeSettings serve,
      ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
    return start(settings, serve, Clock.systemUTC(), initializers);
  }

  /** Starts the web context with beans that read "now" from {@code clock}. */
  @SafeVarargs
  public static ConfigurableApplicationContext start(
      BrandpulseSettings settings,
      ServeSettings serve,
      Clock clock,
      ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
    return new SpringApplicationBuilder(BrandpulseApplication.class)
        .web(WebApplicationType.SERVLET)
        .properties(properties(settings, serve))
        .initializers(AppContext.base(settings, clock))
        .initializers(ctx -> ctx.getBeanFactory().registerSingleton("serveSettings", serve))
        .initializers(initializers)
        // application.properties says "none" for the command line; a command-line argument wins.
        .run("--spring.main.web-application-type=servlet");
  }

  /** The port the server listens on (the real one when the settings asked for 0). */
  public static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
