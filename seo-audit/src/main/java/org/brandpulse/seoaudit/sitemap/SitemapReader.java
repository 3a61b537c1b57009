package org.brandpulse.seoaudit.sitemap;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.brandpulse.seoaudit.url.UrlNormalizer;

/** Parses fetched sitemap bytes into a {@link SitemapInfo}. Stateless and thread-safe. */
public final class SitemapReader {

  /** The protocol's limit on URLs per sitemap. */
  public static final int MAX_URLS = 50_000;

  /** The protocol's limit on the uncompressed size: 50 MB (52,428,800 bytes). */
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  private static final int MAX_RELATIVE_SAMPLES = 100;
  private static final int MAX_ERRORS = 20;
  private static final Pattern LOC =
      Pattern.compile("<loc>\\s*(?:<!\\[CDATA\\[)?(.*?)(?:\\]\\]>)?\\s*</loc>", Pattern.DOTALL);

  private SitemapReader() {}

  /**
   * Reads one sitemap.
   *
   * @param url the normalised sitemap URL
   * @param source how it was found ({@code robots}, {@code option}, {@code index}, {@code probe})
   * @param parent the index that listed it, or null
   * @param status the HTTP status of the response (the body is only read for 2xx)
   * @param body the response body (already Content-Encoding-decoded; may still be a .gz file)
   * @param contentType the media type, lower case without parameters, "" if none
   * @param truncated whether the fetch cut the body
   */
  public static SitemapInfo read(
      String url,
      String source,
      String parent,
      int status,
      byte[] body,
      String contentType,
      boolean truncated) {
    List<String> errors = new ArrayList<>();
    if (status < 200 || status > 299) {
      errors.add(url + ": HTTP status " + status + ", expected 200");
      return new SitemapInfo(
          url, source, parent, status, errors, false, false, 0, 0, List.of(), List.of(), List.of());
    }
    boolean gzipped = body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
    byte[] content = body;
    if (gzipped) {
      try {
        content = gunzip(body, MAX_BYTES + 1);
      } catch (IOException e) {
        errors.add(url + ": gzip data is corrupt (" + e.getMessage() + ")");
        return new SitemapInfo(
            url,
            source,
            parent,
            status,
            errors,
            false,
            true,
            body.length,
            0,
            List.of(),
            List.of(),
            List.of());
      }
    }
    if (truncated || content.length > MAX_BYTES) {
      errors.add(url + ": larger than 50 MB uncompressed (read " + content.length + " bytes)");
    }
    String text = new String(content, StandardCharsets.UTF_8);
    String head = text.stripLeading();
    if (head.startsWith("\uFEFF")) {
      head = head.substring(1).stripLeading();
    }
    boolean xml = head.startsWith("<");
    boolean index = xml && head.contains("<sitemapindex");
    List<String> raw = new ArrayList<>();
    if (xml) {
      Matcher m = LOC.matcher(text);
      while (m.find()) {
        raw.add(unescape(m.group(1).strip()));
      }
      validateXml(url, content, errors);
    } else {
      for (String line : text.split("\r\n|\r|\n")) {
        if (!line.isBlank()) {
          raw.add(line.strip());
        }
      }
    }
    String host = UrlNormalizer.host(url);
    List<String> relative = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    int relativeCount = 0;
    int otherHost = 0;
    for (String loc : raw) {
      if (!loc.toLowerCase(Locale.ROOT).matches("[a-z][a-z0-9+.-]*:.*")) {
        relativeCount++;
        if (relative.size() < MAX_RELATIVE_SAMPLES) {
          relative.add(loc);
        }
        continue;
      }
      var normalized = UrlNormalizer.normalize(loc);
      if (normalized.isEmpty()) {
        addError(errors, url + ": invalid URL in <loc>: '" + clip(loc) + "'");
        continue;
      }
      if (!UrlNormalizer.host(normalized.get()).equals(host)) {
        otherHost++;
      }
      urls.add(normalized.get());
    }
    if (relativeCount > 0) {
      addError(
          errors,
          url
              + ": "
              + relativeCount
              + " relative <loc> value(s), expected absolute"
              + " URLs, e.g. '"
              + clip(relative.get(0))
              + "'");
    }
    if (otherHost > 0) {
      addError(errors, url + ": " + otherHost + " URL(s) not on host " + host);
    }
    if (urls.size() > MAX_URLS) {
      addError(errors, url + ": lists " + urls.size() + " URLs, more than the 50,000 allowed");
    }
    if (!xml && !text.isBlank() && urls.isEmpty() && relativeCount == 0) {
      addError(errors, url + ": neither XML nor a text list of URLs");
    }
    return new SitemapInfo(
        url,
        source,
        parent,
        status,
        errors,
        index,
        gzipped,
        content.length,
        index ? 0 : urls.size(),
        relative,
        index ? List.of() : urls,
        index ? urls : List.of());
  }

  private static void validateXml(String url, byte[] content, List<String> errors) {
    SiteMapParser parser = new SiteMapParser(false);
    try {
      URL u = URI.create(url).toURL();
      AbstractSiteMap parsed = parser.parseSiteMap("application/xml", content, u);
      if (parsed == null) {
        addError(errors, url + ": not a sitemap");
      }
    } catch (UnknownFormatException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      addError(errors, url + ": not a valid sitemap: " + clip(String.valueOf(cause.getMessage())));
    } catch (IOException | IllegalArgumentException e) {
      addError(errors, url + ": cannot be parsed: " + clip(String.valueOf(e.getMessage())));
    }
  }

  static byte[] gunzip(byte[] gz, long cap) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 8192)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[65536];
      int n;
      while ((n = in.read(buf)) > 0) {
        long room = cap - out.size();
        out.write(buf, 0, (int) Math.min(n, room));
        if (n >= room) {
          break;
        }
      }
      return out.toByteArray();
    }
  }

  private static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  private static void addError(List<String> errors, String error) {
    if (errors.size() < MAX_ERRORS) {
      errors.add(error);
    }
  }

  private static String clip(String s) {
    return s.length() <= 100 ? s : s.substring(0, 97) + "...";
  }
}
