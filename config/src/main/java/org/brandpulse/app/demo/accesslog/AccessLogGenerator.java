package org.brandpulse.app.demo.accesslog;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.brandpulse.app.demo.accesslog.HumanTraffic.Visitor;
import org.brandpulse.ingest.metrics.accesslog.Channel;

/**
 * Writes a realistic, deterministic access log of a shop in Apache combined format (UTC times) and
 * returns what it planted.
 *
 * <p>Each day gets its share of {@link LogProfile#lines()} from the weekday factor, the growth
 * trend and the spike days; {@link LogProfile#botShare()} of it is bot bursts ({@link BotTraffic}),
 * the rest human sessions ({@link HumanTraffic}) started at times following a Bangladesh evening
 * peak, from a channel mix (direct 28%, organic 34%, paid 10%, social 14%, email 6%, referral 8%)
 * that spike days reweight. 30% of sessions are returning visitors (same address and agent, at most
 * one session a day). About one line in 10,000 is malformed (TLS handshakes on the HTTP port,
 * request-less timeouts, truncated lines). The same profile always writes the same bytes; a name
 * ending in {@code .gz} is written gzip-compressed.
 */
public final class AccessLogGenerator {

  private static final Channel[] CHANNELS = Channel.values();
  private static final double[] MIX = {28, 34, 10, 14, 6, 8};
  private static final double[] HOURS = {
    2, 1.5, 1.5, 2, 3, 4, 5, 5.5, 6, 6, 6, 6.5, 7, 8, 9, 9.5, 8, 6, 4, 2.5, 1.5, 1, 1, 1.5
  };
  private static final String[] MALFORMED = {
    "{ip} - - [{time}] \"\\x16\\x03\\x01\\x00\\xa5\\x01\\x00\\x00\\xa1\\x03\\x03\" 400 226 \"-\" \"-\"",
    "{ip} - - [{time}] \"-\" 408 0 \"-\" \"-\"",
    "{ip} - - [{time}] \"GET /category/sarees HTTP/1.1\" 200 18312 \"-\" \"Mozilla/5.0 (Linux; Andr"
  };
  private static final long DAY = 86_400_000L;

  private AccessLogGenerator() {}

  /**
   * Writes the log to {@code file} (gzip when the name ends in {@code .gz}), replacing it.
   *
   * @return the counts planted, to check a parser or sessionizer against
   * @throws IOException when the file cannot be written
   */
  public static PlantedTruth generate(LogProfile profile, Path file) throws IOException {
    boolean gzip = file.getFileName().toString().endsWith(".gz");
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw;
        Writer writer =
            new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      return generate(profile, writer);
    }
  }

  /** Writes the log to a writer (left open); see {@link #generate(LogProfile, Path)}. */
  public static PlantedTruth generate(LogProfile profile, Writer out) throws IOException {
    SplittableRandom random = new SplittableRandom(profile.seed());
    Counts counts = new Counts();
    Emitter emit = new Emitter(random.split());
    SiteCatalog site = new SiteCatalog();
    HumanTraffic humans = new HumanTraffic(site, profile, random.split(), emit, counts);
    BotTraffic bots = new BotTraffic(site, random.split(), emit, counts);
    Agents agents = new Agents();
    List<Visitor> pool = new ArrayList<>();
    double[] volume = new double[profile.days()];
    double total = 0;
    for (int d = 0; d < volume.length; d++) {
      volume[d] = dayVolume(profile, profile.start().plusDays(d));
      total += volume[d];
    }
    double cumulative = 0;
    StringBuilder line = new StringBuilder(512);
    for (int d = 0; d < volume.length; d++) {
      LocalDate day = profile.start().plusDays(d);
      long midnight = day.toEpochDay() * DAY;
      cumulative += volume[d];
      long dayLines = Math.round(profile.lines() * cumulative / total) - emit.count();
      long botLines = Math.round(dayLines * profile.botShare());
      double[] mix = mix(profile, day);
      long written = 0;
      while (written < dayLines - botLines) {
        long start = midnight + time(random);
        Visitor v = visitor(pool, agents, random, start, d);
        Channel channel = CHANNELS[pick(mix, random)];
        boolean campaign = mix[channel.ordinal()] != MIX[channel.ordinal()];
        written += humans.session(v, start, channel, campaign, day);
        v.lastDay = d;
      }
      for (long b = 0; b < botLines; ) {
        b += bots.burst(midnight + (long) (random.nextDouble() * DAY));
      }
      for (long m = Math.round(dayLines / 10_000.0 + random.nextDouble() - 0.5); m > 0; m--) {
        String ip = Agents.botIp("198.51.", random);
        emit.raw(midnight + time(random), MALFORMED[random.nextInt(3)].replace("{ip}", ip));
        counts.malformed++;
      }
      write(emit.drain(midnight + DAY), out, line, counts);
    }
    write(emit.drain(Long.MAX_VALUE), out, line, counts);
    out.flush();
    return counts.truth();
  }

  /**
   * The demo shop's 90-day log ending on {@code end} ({@link LogProfile#demoShop(LocalDate)}),
   * written gzip-compressed to {@code file}.
   */
  public static PlantedTruth demoShop(LocalDate end, Path file) throws IOException {
    return generate(LogProfile.demoShop(end), file);
  }

  private static void write(List<Hit> hits, Writer out, StringBuilder line, Counts counts)
      throws IOException {
    for (Hit hit : hits) {
      line.setLength(0);
      hit.appendTo(line);
      line.append('\n');
      out.append(line);
      counts.lines++;
    }
  }

  private static double dayVolume(LogProfile profile, LocalDate day) {
    double[] mix = mix(profile, day);
    double sum = 0;
    for (int i = 0; i < mix.length; i++) {
      sum += mix[i];
    }
    return profile.baseVolume(day) * sum / 100;
  }

  private static double[] mix(LogProfile profile, LocalDate day) {
    double[] mix = MIX.clone();
    for (LogProfile.Spike s : profile.spikes()) {
      if (s.day().equals(day)) {
        mix[s.channel().ordinal()] *= s.factor();
      }
    }
    return mix;
  }

  private static int pick(double[] weights, SplittableRandom random) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    double r = random.nextDouble() * sum;
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** Milliseconds into the day, following the hourly profile. */
  private static long time(SplittableRandom random) {
    return pick(HOURS, random) * 3_600_000L + random.nextLong(3_600_000L);
  }

  private static Visitor visitor(
      List<Visitor> pool, Agents agents, SplittableRandom random, long start, int day) {
    if (!pool.isEmpty() && random.nextInt(100) < 30) {
      Visitor v = pool.get(random.nextInt(pool.size()));
      if (v.lastDay < day && v.lastEnd + 3_600_000L < start) {
        return v;
      }
    }
    Visitor v = new Visitor(agents.humanIp(random), Agents.browser(random));
    if (pool.size() < 50_000) {
      pool.add(v);
    } else {
      pool.set(random.nextInt(pool.size()), v);
    }
    return v;
  }
}
