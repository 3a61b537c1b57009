package org.brandpulse.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.brandpulse.app.BrandpulseApplication;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring context for a command, from an already validated configuration. */
public final class AppContext {

  private AppContext() {}

  /**
   * The Spring properties that follow from a configuration: the database, and logs going to a file
   * under the data folder. Environment variables ({@code SPRING_DATASOURCE_URL}, ...) still win, as
   * in any Spring Boot application.
   */
  public static Map<String, Object> properties(BrandpulseSettings settings) {
    Map<String, Object> props = new HashMap<>();
    props.put("spring.datasource.url", settings.jdbcUrl());
    if (settings.database().username() != null) {
      props.put("spring.datasource.username", settings.database().username());
    }
    if (settings.database().passwordEnv() != null) {
      String password = System.getenv(settings.database().passwordEnv());
      if (password != null) {
        props.put("spring.datasource.password", password);
      }
    }
    Path logFile = settings.dataDir().resolve("logs").resolve("brandpulse.log");
    props.put("logging.file.name", logFile.toString());
    return props;
  }

  /** Starts a non-web context on the system clock (UTC). */
  @SafeVarargs
  public static ConfigurableApplicationContext start(
      BrandpulseSettings settings,
      ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
    return start(settings, Clock.systemUTC(), initializers);
  }

  /**
   * Starts a non-web context whose beans read "now" from {@code clock}; initializers may adjust it
   * before it is refreshed (tests).
   */
  @SafeVarargs
  public static ConfigurableApplicationContext start(
      BrandpulseSettings settings,
      Clock clock,
      ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
    return new SpringApplicationBuilder(BrandpulseApplication.class)
        .web(WebApplicationType.NONE)
        .properties(properties(settings))
        .initializers(base(settings, clock))
        .initializers(initializers)
        .run();
  }

  /**
   * Starts a non-web context whose beans are created on first use, for a command that needs only a
   * few of them: an access-log import needs the database (Flyway still migrates it before the first
   * query), not the NLP models, the post index or the brand matcher, whose loading took longer than
   * the import itself.
   */
  public static ConfigurableApplicationContext startLazy(BrandpulseSettings settings, Clock clock) {
    return new SpringApplicationBuilder(BrandpulseApplication.class)
        .web(WebApplicationType.NONE)
        .lazyInitialization(true)
        .properties(properties(settings))
        .initializers(base(settings, clock))
        .run();
  }

  /**
   * Registers the validated settings and the clock as beans: the context never reads the
   * configuration file again (the embedded defaults have none) nor the wall clock.
   */
  public static ApplicationContextInitializer<ConfigurableApplicationContext> base(
      BrandpulseSettings settings, Clock clock) {
    return ctx -> {
      ctx.getBeanFactory().registerSingleton("brandpulseSettings", settings);
      ctx.getBeanFactory().registerSingleton("clock", clock);
    };
  }
}
