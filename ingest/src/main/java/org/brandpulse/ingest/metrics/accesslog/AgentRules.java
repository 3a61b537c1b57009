package org.brandpulse.ingest.metrics.accesslog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells non-people by their user agent: Brandpulse's own rules for feed readers, monitors,
 * configuration-management agents and HTTP fetchers (which crawler lists miss or lump together),
 * then the maintained <a
 * href="https://github.com/monperrus/crawler-user-agents">crawler-user-agents </a> patterns (MIT,
 * shipped verbatim as {@code crawler-user-agents.json} with its NOTICE), then the generic words
 * bot, crawler, spider, scraper, headless. Immutable and thread-safe; load it once.
 */
public final class AgentRules {

  private record Rule(FilterReason reason, String needle) {}

  private record ListPattern(String literal, Pattern pattern) {}

  /** Lower-case substrings, in order; the first match names the reason. */
  private static final List<Rule> OWN =
      List.of(
          feed("feedparser"),
          feed("tiny tiny rss"),
          feed("feedburner"),
          feed("feedfetcher"),
          feed("feed fetcher"),
          feed("feedbin"),
          feed("feedly"),
          feed("newsblur"),
          feed("inoreader"),
          feed("theoldreader"),
          feed("netnewswire"),
          feed("feedreader"),
          feed("feedvalidator"),
          feed("feedspot"),
          feed("bloglines"),
          feed("liferea"),
          feed("akregator"),
          feed("rssreader"),
          feed("rss reader"),
          feed("simplepie"),
          feed("rome library"),
          new Rule(FilterReason.MONITORING, "pingdom"),
          new Rule(FilterReason.MONITORING, "uptimerobot"),
          new Rule(FilterReason.MONITORING, "statuscake"),
          new Rule(FilterReason.MONITORING, "site24x7"),
          new Rule(FilterReason.MONITORING, "nagios"),
          new Rule(FilterReason.MONITORING, "check_http"),
          new Rule(FilterReason.MONITORING, "zabbix"),
          new Rule(FilterReason.MONITORING, "icinga"),
          new Rule(FilterReason.MONITORING, "munin"),
          new Rule(FilterReason.MONITORING, "newrelicpinger"),
          new Rule(FilterReason.MONITORING, "datadog"),
          new Rule(FilterReason.MONITORING, "blackbox-exporter"),
          new Rule(FilterReason.MONITORING, "lighthouse"),
          new Rule(FilterReason.MONITORING, "monitor"),
          new Rule(FilterReason.CONFIG_MANAGEMENT, "chef client"),
          new Rule(FilterReason.CONFIG_MANAGEMENT, "chef-client"),
          new Rule(FilterReason.CONFIG_MANAGEMENT, "puppet/"),
          new Rule(FilterReason.CONFIG_MANAGEMENT, "ansible"),
          new Rule(FilterReason.CONFIG_MANAGEMENT, "salt-minion"),
          new Rule(FilterReason.CONFIG_MANAGEMENT, "saltstack"),
          new Rule(FilterReason.CONFIG_MANAGEMENT, "terraform"),
          fetcher("curl/"),
          fetcher("wget/"),
          fetcher("python-requests"),
          fetcher("python-urllib"),
          fetcher("python-httpx"),
          fetcher("aiohttp"),
          fetcher("go-http-client"),
          fetcher("java/"),
          fetcher("apache-httpclient"),
          fetcher("okhttp"),
          fetcher("libwww-perl"),
          fetcher("lwp::"),
          fetcher("httpclient"),
          fetcher("axios/"),
          fetcher("node-fetch"),
          fetcher("undici"),
          fetcher("ruby"),
          fetcher("guzzlehttp"),
          fetcher("winhttp"),
          fetcher("powershell"),
          fetcher("httpie"),
          fetcher("scrapy"),
          fetcher("phantomjs"),
          fetcher("headless"),
          new Rule(FilterReason.CRAWLER, "ezooms"));

  private static final List<String> GENERIC = List.of("bot", "crawler", "spider", "scraper");

  /** The rules with the shipped crawler list, loaded once. */
  public static final AgentRules DEFAULT = load();

  private final List<ListPattern> crawlers;

  private AgentRules(List<ListPattern> crawlers) {
    this.crawlers = List.copyOf(crawlers);
  }

  /** The number of crawler-list patterns loaded. */
  public int crawlerPatterns() {
    return crawlers.size();
  }

  /** Returns why this user agent is not a person, or null when it may be one. */
  public FilterReason reasonOf(String userAgent) {
    String trimmed = userAgent.strip();
    if (trimmed.isEmpty() || trimmed.equals("-")) {
      return FilterReason.EMPTY_AGENT;
    }
    String lower = trimmed.toLowerCase(Locale.ROOT);
    for (Rule rule : OWN) {
      if (lower.contains(rule.needle())) {
        return rule.reason();
      }
    }
    for (ListPattern p : crawlers) {
      if ((p.literal().isEmpty() || trimmed.contains(p.literal()))
          && p.pattern().matcher(trimmed).find()) {
        return FilterReason.CRAWLER;
      }
    }
    for (String word : GENERIC) {
      if (lower.contains(word)) {
        return FilterReason.CRAWLER;
      }
    }
    return null;
  }

  private static AgentRules load() {
    String name = "crawler-user-agents.json";
    try (InputStream in = AgentRules.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the ingest jar");
      }
      List<ListPattern> out = new ArrayList<>();
      int index = 0;
      for (JsonNode entry : JsonMapper.builder().build().readTree(in)) {
        String regex = entry.path("pattern").asString("");
        try {
          out.add(new ListPattern(requiredLiteral(regex), Pattern.compile(regex)));
        } catch (PatternSyntaxException e) {
          throw new IllegalStateException(
              name + " entry " + index + ": pattern '" + regex + "' is not a Java regex", e);
        }
        index++;
      }
      return new AgentRules(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  /**
   * The longest run of plain characters every match must contain, or "" when unsure (alternation,
   * classes): a cheap {@code contains} that spares most of the 1,500 regex runs per new agent.
   */
  static String requiredLiteral(String regex) {
    if (regex.indexOf('|') >= 0) {
      return "";
    }
    String best = "";
    StringBuilder run = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        char next = regex.charAt(++i);
        if (depth == 0 && "/.-_ ()[]+?*{}$^:;,=".indexOf(next) >= 0) {
          run.append(next);
          continue;
        }
        c = '\u0000';
      } else if (c == '[' || c == '(') {
        depth++;
        c = '\u0000';
      } else if (c == ']' || c == ')') {
        depth = Math.max(0, depth - 1);
        c = '\u0000';
      } else if (c == '?' || c == '*' || c == '{') {
        if (run.length() > 0) {
          run.setLength(run.length() - 1);
        }
        if (c == '{') {
          int close = regex.indexOf('}', i);
          i = close < 0 ? regex.length() : close;
        }
        c = '\u0000';
      } else if (c == '.' || c == '+' || c == '^' || c == '$') {
        c = '\u0000';
      }
      if (c != '\u0000' && depth == 0) {
        run.append(c);
      } else {
        if (run.length() > best.length()) {
          best = run.toString();
        }
        run.setLength(0);
      }
    }
    return run.length() > best.length() ? run.toString() : best;
  }

  private static Rule feed(String needle) {
    return new Rule(FilterReason.FEED_READER, needle);
  }

  private static Rule fetcher(String needle) {
    return new Rule(FilterReason.FETCHER, needle);
  }
}
