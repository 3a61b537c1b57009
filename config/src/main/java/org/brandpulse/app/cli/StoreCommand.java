package org.brandpulse.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.brandpulse.app.Stores;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.brandpulse.app.settings.StoreSettings;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.ingest.store.StoreCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code brandpulse store}: post store maintenance. */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = "Post store maintenance.",
    subcommands = {StoreCommand.Copy.class})
public class StoreCommand implements Runnable {

  @ParentCommand BrandpulseCommand parent;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code brandpulse store copy}. */
  @Command(
      name = "copy",
      mixinStandardHelpOptions = true,
      description = {
        "Copies every post from one store to the other (the embedded Lucene index under dataDir and"
            + " the Elasticsearch cluster of store.urls or --es-url), in id order and in batches,"
            + " then checks that both hold the same number of posts.",
        "Resumable: an interrupted copy continues after the last batch written (a checkpoint"
            + " file under dataDir). Copy into an empty store; switch `store.type` afterwards."
      })
  static class Copy implements Callable<Integer> {
    @ParentCommand StoreCommand store;
    @Spec CommandSpec spec;

    @Option(names = "--from", required = true, description = "lucene or elasticsearch.")
    String from;

    @Option(names = "--to", required = true, description = "elasticsearch or lucene.")
    String to;

    @Option(
        names = "--es-url",
        description = "Elasticsearch node URL (repeatable; default: store.urls of the config).")
    List<String> esUrls = new ArrayList<>();

    @Option(
        names = "--batch",
        defaultValue = "1000",
        description = "Posts per batch (default ${DEFAULT-VALUE}).")
    int batch;

    @Override
    public Integer call() throws Exception {
      StoreSettings.StoreType source = type("--from", from);
      StoreSettings.StoreType target = type("--to", to);
      if (source == target) {
        throw new ParameterException(spec.commandLine(), "--from and --to must differ");
      }
      if (batch < 1 || batch > 10_000) {
        throw new ParameterException(spec.commandLine(), "--batch must be 1..10000");
      }
      BrandpulseSettings settings = store.parent.settings();
      List<String> urls = esUrls.isEmpty() ? settings.store().urls() : esUrls;
      if (urls.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(),
            "no Elasticsearch URL: give --es-url or store.urls in " + settings.file());
      }
      Path checkpoint =
          settings
              .dataDir()
              .resolve("store-copy-" + name(source) + "-to-" + name(target) + ".checkpoint");
      java.nio.file.Files.createDirectories(settings.dataDir());
      try (Closing a =
              new Closing(Stores.open(settings, source, urls, store.parent.environment().env()));
          Closing b =
              new Closing(Stores.open(settings, target, urls, store.parent.environment().env()))) {
        StoreCopy.Result r = new StoreCopy(a.store, b.store, batch, checkpoint).run();
        spec.commandLine()
            .getOut()
            .printf(
                Locale.ROOT,
                "Copied %,d posts from %s to %s%s; %s holds %,d, %s holds %,d: counts match%n",
                r.copied(),
                name(source),
                name(target),
                r.resumedAfter() == null ? "" : " (resumed after post " + r.resumedAfter() + ")",
                name(source),
                r.sourceCount(),
                name(target),
                r.targetCount());
        return ExitCodes.OK;
      }
    }

    private StoreSettings.StoreType type(String option, String value) {
      try {
        return StoreSettings.StoreType.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(
            spec.commandLine(), option + ": '" + value + "'; accepted: lucene, elasticsearch");
      }
    }

    private static String name(StoreSettings.StoreType t) {
      return t.name().toLowerCase(Locale.ROOT);
    }
  }

  /** Closes a store at the end of a try block. */
  private record Closing(PostStore store) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      store.close();
    }
  }
}
