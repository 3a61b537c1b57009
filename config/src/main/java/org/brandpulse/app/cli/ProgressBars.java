package org.brandpulse.app.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.brandpulse.app.ingest.IngestProgress;

/**
 * One progress bar per source on an interactive terminal (posts read, rate); on a pipe or in CI,
 * nothing until the summary, so logs stay readable.
 */
final class ProgressBars implements IngestProgress, AutoCloseable {

  private final PrintStream stream;
  private final boolean enabled;
  private final Map<String, ProgressBar> bars = new HashMap<>();

  ProgressBars(PrintStream stream, boolean quiet) {
    this.stream = stream;
    this.enabled = !quiet && System.console() != null;
  }

  @Override
  public synchronized void sourceStarted(String source) {
    if (enabled) {
      bars.put(
          source,
          new ProgressBarBuilder()
              .setTaskName(source)
              .setInitialMax(-1)
              .setStyle(ProgressBarStyle.ASCII)
              .setUnit(" posts", 1)
              .showSpeed()
              .setUpdateIntervalMillis(250)
              .setConsumer(new ConsoleProgressBarConsumer(stream))
              .build());
    }
  }

  @Override
  public synchronized void chunkDone(String source, long read, long written, long filtered) {
    ProgressBar bar = bars.get(source);
    if (bar != null) {
      bar.stepTo(read);
      bar.setExtraMessage(" stored " + written + ", no brand " + filtered);
    }
  }

  @Override
  public synchronized void sourceFinished(String source) {
    ProgressBar bar = bars.remove(source);
    if (bar != null) {
      bar.close();
    }
  }

  @Override
  public synchronized void close() {
    bars.values().forEach(ProgressBar::close);
    bars.clear();
  }
}
