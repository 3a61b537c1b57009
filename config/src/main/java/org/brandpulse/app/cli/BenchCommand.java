package org.brandpulse.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.brandpulse.app.bench.IngestBenchmark;
import org.brandpulse.app.bench.LogImportBenchmark;
import org.brandpulse.app.bench.NlpBenchmark;
import org.brandpulse.nlp.TextAnalyzers;
import org.brandpulse.nlp.eval.EvalData;
import org.brandpulse.nlp.eval.LabeledText;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code brandpulse bench}: benchmarks anyone can rerun. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks, each printed side by side with its baseline.",
    subcommands = {
      BenchCommand.Ingest.class,
      BenchCommand.Nlp.class,
      BenchCommand.Crawl.class,
      BenchCommand.Logs.class,
      BenchCommand.Store.class
    })
public class BenchCommand implements Runnable {

  @ParentCommand BrandpulseCommand parent;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code brandpulse bench ingest}. */
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = {
        "Ingests N copies of the demo data set into a fresh store and prints posts/s for reading"
            + " alone, for reading plus matching and analysis, and for the whole job, with the"
            + " job's peak heap.",
        "Run it with a fixed heap to check the heap it needs, e.g."
            + " BRANDPULSE_JAVA_OPTS=-Xmx512m ./brandpulse bench ingest"
      })
  static class Ingest implements Callable<Integer> {

    @ParentCommand BenchCommand parent;

    @Option(
        names = "--sets",
        description = "Copies of the demo data set (default: ${DEFAULT-VALUE}).",
        defaultValue = "4")
    int sets;

    @Option(
        names = "--dir",
        description = "Work folder, emptied first (default: a temporary folder).")
    Path dir;

    @Override
    public Integer call() throws Exception {
      Path work = dir != null ? dir : Files.createTempDirectory("brandpulse-bench");
      FileSystemUtils.deleteRecursively(work);
      try {
        IngestBenchmark.run(work, sets, parent.parent.spec.commandLine().getOut());
      } finally {
        if (dir == null) {
          FileSystemUtils.deleteRecursively(work);
        }
      }
      return ExitCodes.OK;
    }
  }

  /** {@code brandpulse bench nlp}. */
  @Command(
      name = "nlp",
      mixinStandardHelpOptions = true,
      description = {
        "Posts/s per core and heap of the fast tier, the VADER baseline and the deep tier"
            + " (Stanford CoreNLP) on the same posts, in one run.",
        "The deep tier is slow: it analyses only the first --deep-posts posts."
      })
  static class Nlp implements Callable<Integer> {

    @ParentCommand BenchCommand parent;

    @Spec CommandSpec spec;

    @Option(
        names = "--data",
        description = "A TSV of label<TAB>text (default: ${DEFAULT-VALUE}).",
        defaultValue = "../shared/data/sentiment/tweeteval-val.tsv")
    Path data;

    @Option(
        names = "--passes",
        description = "Timed passes of the fast tiers (default: ${DEFAULT-VALUE}).",
        defaultValue = "30")
    int passes;

    @Option(
        names = "--deep-posts",
        description = "Posts for the deep tier (default: ${DEFAULT-VALUE}; 0 skips it).",
        defaultValue = "100")
    int deepPosts;

    @Override
    public Integer call() throws Exception {
      EvalCommand.requireFile(data, spec);
      List<String> texts = EvalData.readSentimentTsv(data).stream().map(LabeledText::text).toList();
      List<NlpBenchmark.Figures> tiers = new ArrayList<>();
      tiers.add(NlpBenchmark.measure("fast", TextAnalyzers.fast(), texts, passes));
      tiers.add(NlpBenchmark.measure("vader", TextAnalyzers.vader(), texts, passes));
      if (deepPosts > 0) {
        tiers.add(
            NlpBenchmark.measure(
                "deep",
                TextAnalyzers.deep(),
                texts.subList(0, Math.min(deepPosts, texts.size())),
                1));
      }
      PrintWriter out = parent.parent.spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "NLP benchmark on %s (%d texts), one thread, max heap %d MB, %s %s%n",
          data,
          texts.size(),
          Runtime.getRuntime().maxMemory() >> 20,
          System.getProperty("java.vm.name"),
          System.getProperty("java.version"));
      NlpBenchmark.print(out, tiers);
      return ExitCodes.OK;
    }
  }

  /** {@code brandpulse bench logs}. */
  @Command(
      name = "logs",
      mixinStandardHelpOptions = true,
      description = {
        "Generates a realistic combined-format access log (1,000,000 lines by default, cached),"
            + " then, on the same file: the counts (pageviews, visitors, bots) of our pipeline next"
            + " to GoAccess's (apt-get install goaccess) with its default and with aligned flags"
            + " and the planted truth, every difference explained; and the speed of the command"
            + " users type, './brandpulse metrics import --site bench --access-log LOG', timed as"
            + " a whole process (wall, CPU, peak RSS) in turns with 'goaccess LOG"
            + " --log-format=COMBINED -o report.json', --runs times.",
        "E.g. ./brandpulse bench logs --lines 540000"
      })
  static class Logs implements Callable<Integer> {

    @Option(
        names = "--lines",
        defaultValue = "1000000",
        description = "Lines to generate (default: ${DEFAULT-VALUE}).")
    long lines;

    @Option(
        names = "--dir",
        defaultValue = "target/logbench",
        description = "Where the generated log is cached (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--no-goaccess", description = "Skip the GoAccess runs.")
    boolean noGoAccess;

    @Option(
        names = "--goaccess",
        defaultValue = "goaccess",
        description = "The GoAccess command (default: ${DEFAULT-VALUE}).")
    String goAccess;

    @Option(
        names = "--runs",
        defaultValue = "3",
        description = "Timed turns of the import and GoAccess (default: ${DEFAULT-VALUE}).")
    int runs;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (lines < 1_000) {
        throw new ParameterException(spec.commandLine(), "--lines must be >= 1000");
      }
      if (runs < 1) {
        throw new ParameterException(spec.commandLine(), "--runs must be >= 1");
      }
      var defaults =
          org.brandpulse.app.bench.accesslog.AccessLogBenchmark.Options.defaults(dir)
              .withLines(lines)
              .withGoAccess(noGoAccess ? null : goAccess);
      // no warm-up: the in-process pass only counts; the speed is the child process's below
      var options =
          new org.brandpulse.app.bench.accesslog.AccessLogBenchmark.Options(
              defaults.workDir(), defaults.profile(), defaults.goAccess(), 0);
      // the benchmark streams its progress and tables to standard output as it goes
      java.io.PrintStream out = System.out;
      var counted = org.brandpulse.app.bench.accesslog.AccessLogBenchmark.run(options, out);
      LogImportBenchmark.run(
          LogImportBenchmark.launcher(),
          counted.goAccessVersion() == null ? null : goAccess,
          counted.log(),
          dir,
          runs,
          out);
      return ExitCodes.OK;
    }
  }

  /** {@code brandpulse bench store}. */
  @Command(
      name = "store",
      mixinStandardHelpOptions = true,
      description = {
        "Indexes the same N generated posts into the embedded Lucene store and, with --es-url,"
            + " into an Elasticsearch cluster in one run (posts/s, heap), then times the report"
            + " queries (count, countPerDay, countBy, topKeywords, topByReach, search pages) on"
            + " each (median of 5 after a warm-up). The cluster's <prefix>-posts-* indices are"
            + " deleted first. Credentials from ES_API_KEY or ES_USERNAME/ES_PASSWORD.",
        "E.g. BRANDPULSE_JAVA_OPTS=-Xmx2g ./brandpulse bench store --es-url http://127.0.0.1:9200"
      })
  static class Store implements Callable<Integer> {

    @Option(
        names = "--es-url",
        description = "An Elasticsearch node URL (default: none, the Lucene store alone).")
    String esUrl;

    @Option(
        names = "--posts",
        defaultValue = "1000000",
        description = "Posts to index (default: ${DEFAULT-VALUE}).")
    int posts;

    @Option(
        names = "--prefix",
        defaultValue = "bench",
        description = "Index prefix, deleted first (default: ${DEFAULT-VALUE}).")
    String prefix;

    @Override
    public Integer call() throws Exception {
      List<String> args = new ArrayList<>(List.of("--posts=" + posts, "--prefix=" + prefix));
      if (esUrl != null) {
        args.add("--es-url=" + esUrl);
      }
      org.brandpulse.app.bench.store.StoreBenchmark.main(args.toArray(String[]::new));
      return ExitCodes.OK;
    }
  }

  /** {@code brandpulse bench crawl}. */
  @Command(
      name = "crawl",
      mixinStandardHelpOptions = true,
      description = {
        "Serves a folder (or a generated N-page site) on a local HTTP server, audits it with every"
            + " check on, and in the same run crawls it with Debian's linkchecker (apt-get install"
            + " linkchecker; rate cap lifted), printing pages/s, peak heap and the ratio.",
        "E.g. ./brandpulse bench crawl --folder ../shared/data/sites/git-htmldocs --start /git.html",
        "     BRANDPULSE_JAVA_OPTS=-Xmx1g ./brandpulse bench crawl --synthetic 100000 --no-linkchecker"
      })
  static class Crawl implements Callable<Integer> {

    @Option(names = "--folder", description = "A static site to serve.")
    Path folder;

    @Option(
        names = "--start",
        defaultValue = "/",
        description = "Start path (default: ${DEFAULT-VALUE}).")
    String start;

    @Option(names = "--synthetic", description = "Generate an N-page site instead of a folder.")
    Integer synthetic;

    @Option(names = "--concurrency", defaultValue = "4", description = "Default: ${DEFAULT-VALUE}.")
    int concurrency;

    @Option(names = "--crawl-only", description = "Crawl without the checks.")
    boolean crawlOnly;

    @Option(names = "--no-linkchecker", description = "Skip the linkchecker run.")
    boolean noLinkchecker;

    @Override
    public Integer call() throws Exception {
      List<String> args = new ArrayList<>();
      if (synthetic != null) {
        args.addAll(List.of("--synthetic", synthetic.toString()));
      } else if (folder != null) {
        args.addAll(List.of(folder.toString(), start));
      } else {
        throw new picocli.CommandLine.ParameterException(
            new picocli.CommandLine(this), "give --folder DIR or --synthetic N");
      }
      args.addAll(List.of("--warmup", "--concurrency", String.valueOf(concurrency)));
      if (!crawlOnly) {
        args.add("--checks");
      }
      if (noLinkchecker) {
        args.add("--no-linkchecker");
      }
      org.brandpulse.app.bench.crawl.CrawlBenchmark.main(args.toArray(String[]::new));
      return ExitCodes.OK;
    }
  }
}
