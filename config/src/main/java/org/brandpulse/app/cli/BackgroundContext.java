package org.brandpulse.app.cli;

import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A lazy application context ({@link AppContext#startLazy}) started on its own thread, so a command
 * can do its own work (read an access log) while Spring, Flyway and the database start: on two
 * cores that hides most of the start from the wall time. {@link #get} waits for it; {@link #close}
 * waits too and closes it, also when the command's own work failed.
 *
 * <p>The beans the command will ask for are created on that thread too: in a lazy context the first
 * {@code getBean} of a database bean opens the pool and runs Flyway, which would otherwise happen
 * on the command's thread after its own work, in the wall time.
 */
final class BackgroundContext implements AutoCloseable {

  private final FutureTask<ConfigurableApplicationContext> start;

  BackgroundContext(BrandpulseSettings settings, Clock clock, Class<?>... warm) {
    start =
        new FutureTask<>(
            () -> {
              ConfigurableApplicationContext context = AppContext.startLazy(settings, clock);
              try {
                for (Class<?> bean : warm) {
                  context.getBean(bean);
                }
              } catch (RuntimeException | Error e) {
                context.close();
                throw e;
              }
              return context;
            });
    Thread thread = new Thread(start, "brandpulse-context");
    thread.setDaemon(true);
    thread.start();
  }

  /** The started context; a failure to start is rethrown as it was thrown. */
  ConfigurableApplicationContext get() throws Exception {
    try {
      return start.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw e;
    }
  }

  @Override
  public void close() {
    try {
      start.get().close();
    } catch (ExecutionException e) {
      // it never started: nothing to close, and get() reported the failure to whoever asked
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
