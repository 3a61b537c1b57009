package org.brandpulse.seoaudit.url;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves and normalises URLs (RFC 3986 section 6 plus the browser habits that matter for a
 * crawler: backslashes and whitespace in hrefs, raw non-ASCII characters).
 *
 * <p>Only {@code http} and {@code https} URLs are accepted; everything else ({@code mailto:},
 * {@code javascript:}, {@code data:}, malformed input) yields an empty result. So does a URL with
 * user information ({@code http://a:b@host/}): a crawler sends no credentials, and {@code
 * http://site:80@other/} is a request to {@code other}, however it reads. Instances are stateless
 * and thread-safe.
 */
public final class UrlNormalizer {

  private static final String HEX = "0123456789ABCDEF";

  private UrlNormalizer() {}

  /** Normalises an absolute URL; empty when it is not a valid http(s) URL. */
  public static Optional<String> normalize(String url) {
    return resolve(null, url);
  }

  /**
   * Resolves {@code href} against {@code base} (may be null when {@code href} is absolute) and
   * normalises the result; empty when the result is not a valid http(s) URL.
   */
  public static Optional<String> resolve(String base, String href) {
    if (href == null) {
      return Optional.empty();
    }
    String cleaned = clean(href);
    try {
      URI ref = new URI(cleaned);
      URI abs;
      if (ref.isAbsolute()) {
        abs = ref;
      } else {
        if (base == null) {
          return Optional.empty();
        }
        URI baseUri = new URI(clean(base));
        if (cleaned.isEmpty()) {
          abs = baseUri;
        } else if (cleaned.startsWith("?")) {
          // java.net.URI gets "?q" against a base wrong (RFC 3986 5.2.2 keeps the base path)
          String b = baseUri.toString();
          int cut = indexOfAny(b, '?', '#');
          abs = new URI((cut < 0 ? b : b.substring(0, cut)) + cleaned);
        } else {
          abs = baseUri.resolve(ref);
        }
      }
      return Optional.ofNullable(build(abs));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The lower-case host of a normalised URL ({@code [::1]} for IPv6), or empty when none. */
  public static String host(String normalizedUrl) {
    String authority = authority(normalizedUrl);
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      return close < 0 ? authority : authority.substring(0, close + 1);
    }
    int colon = authority.indexOf(':');
    return colon < 0 ? authority : authority.substring(0, colon);
  }

  /**
   * Host and port of a normalised URL, the port only when it is not the scheme's default: {@code
   * example.org}, {@code 127.0.0.1:8080}. What decides whether a URL is on the audited site: the
   * same host on another port is another server.
   */
  public static String authority(String normalizedUrl) {
    int start = normalizedUrl.indexOf("://");
    if (start < 0) {
      return "";
    }
    start += 3;
    int end = start;
    while (end < normalizedUrl.length() && "/?#".indexOf(normalizedUrl.charAt(end)) < 0) {
      end++;
    }
    return normalizedUrl.substring(start, end);
  }

  /**
   * The authorities ({@link #authority}) that are the audited site: those of the start URLs, and
   * each alias host on the default ports and on the start URLs' ports.
   */
  public static java.util.Set<String> siteAuthorities(
      java.util.Collection<String> startUrls, java.util.Collection<String> aliases) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    java.util.Set<String> ports = new java.util.LinkedHashSet<>();
    for (String u : startUrls) {
      String authority = authority(normalize(u).orElseThrow());
      out.add(authority);
      String host = host("http://" + authority + "/");
      if (authority.length() > host.length()) {
        ports.add(authority.substring(host.length()));
      }
    }
    for (String alias : aliases) {
      String host = alias.strip().toLowerCase(Locale.ROOT);
      out.add(host);
      ports.forEach(p -> out.add(host + p));
    }
    return out;
  }

  /** Scheme, host and port of a normalised URL, e.g. {@code https://example.org:8443}. */
  public static String origin(String normalizedUrl) {
    int start = normalizedUrl.indexOf("://");
    int end = normalizedUrl.indexOf('/', start + 3);
    return end < 0 ? normalizedUrl : normalizedUrl.substring(0, end);
  }

  /** Path and query of a normalised URL (what robots.txt rules match against). */
  public static String pathAndQuery(String normalizedUrl) {
    int start = normalizedUrl.indexOf("://");
    int end = normalizedUrl.indexOf('/', start + 3);
    return end < 0 ? "/" : normalizedUrl.substring(end);
  }

  private static boolean rawAuthorityHasUserInfo(URI abs) {
    String authority = abs.getRawAuthority();
    return authority != null && authority.indexOf('@') >= 0;
  }

  private static String build(URI abs) throws URISyntaxException {
    String scheme = abs.getScheme() == null ? "" : abs.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return null;
    }
    String host = abs.getHost();
    if (host == null) {
      // URI leaves hosts with '_' or other registry-based authorities unparsed
      String authority = abs.getRawAuthority();
      if (authority == null || authority.isEmpty()) {
        return null;
      }
      URI server = new URI(scheme + "://" + authority.replace('_', 'a') + "/");
      if (server.getHost() == null) {
        return null;
      }
      int at = authority.lastIndexOf('@');
      String hostPort = at < 0 ? authority : authority.substring(at + 1);
      int colon = hostPort.lastIndexOf(':');
      host = colon < 0 || hostPort.endsWith("]") ? hostPort : hostPort.substring(0, colon);
    }
    host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    while (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.isEmpty()) {
      return null;
    }
    int port = abs.getPort();
    boolean defaultPort =
        port == -1
            || (port == 80 && scheme.equals("http"))
            || (port == 443 && scheme.equals("https"));
    String path = abs.getRawPath();
    // decode %2E first so that encoded dot segments are removed too
    path = removeDotSegments(normalizePercent(path == null || path.isEmpty() ? "/" : path, false));
    StringBuilder out = new StringBuilder(64).append(scheme).append("://");
    if (abs.getRawUserInfo() != null || rawAuthorityHasUserInfo(abs)) {
      return null;
    }
    out.append(host);
    if (!defaultPort) {
      out.append(':').append(port);
    }
    out.append(path);
    String query = abs.getRawQuery();
    if (query != null) {
      out.append('?').append(normalizePercent(query, true));
    }
    return out.toString();
  }

  /** RFC 3986 5.2.4, also dropping ".." segments that would climb above the root. */
  static String removeDotSegments(String path) {
    if (!path.contains(".")) {
      return path;
    }
    String[] segments = path.split("/", -1);
    java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
    for (int i = 1; i < segments.length; i++) {
      String s = segments[i];
      boolean last = i == segments.length - 1;
      if (s.equals(".")) {
        if (last) {
          out.addLast("");
        }
      } else if (s.equals("..")
          || s.equalsIgnoreCase("%2e%2e")
          || s.equalsIgnoreCase(".%2e")
          || s.equalsIgnoreCase("%2e.")) {
        out.pollLast();
        if (last) {
          out.addLast("");
        }
      } else {
        out.addLast(s);
      }
    }
    return "/" + String.join("/", out);
  }

  /** Upper-cases percent escapes, decodes unreserved characters, encodes stray '%'. */
  private static String normalizePercent(String s, boolean query) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() + 0 && isHex(s, i + 1) && isHex(s, i + 2)) {
        int v = Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16);
        if (isUnreserved(v)) {
          out.append((char) v);
        } else {
          out.append('%').append(HEX.charAt(v >> 4)).append(HEX.charAt(v & 15));
        }
        i += 2;
      } else if (c == '%') {
        out.append("%25");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isHex(String s, int i) {
    return i < s.length() && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128;
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  /**
   * Browser-like clean-up before parsing: trims ASCII whitespace, removes tabs and newlines, turns
   * backslashes into slashes, drops the fragment and percent-encodes characters that java.net.URI
   * rejects (spaces, non-ASCII as UTF-8, {@code | ^ " < > { } `}).
   */
  static String clean(String raw) {
    String s = raw.strip();
    int hash = s.indexOf('#');
    if (hash >= 0) {
      s = s.substring(0, hash);
    }
    s = asciiHost(s);
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement = null;
      if (c == '\t' || c == '\n' || c == '\r') {
        replacement = "";
      } else if (c == '%' && !(isHex(s, i + 1) && isHex(s, i + 2))) {
        replacement = "%25";
      } else if (c == '\\') {
        replacement = "/";
      } else if (c <= 0x20 || c == 0x7f || "|^\"<>{}`[]".indexOf(c) >= 0 && !inHostBrackets(s, i)) {
        replacement = encode(String.valueOf(c));
      } else if (c >= 0x80) {
        int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
        replacement = encode(s.substring(i, end));
        if (end == i + 2) {
          if (out == null) {
            out = new StringBuilder(s.length() + 16).append(s, 0, i);
          }
          out.append(replacement);
          i++;
          continue;
        }
      }
      if (replacement != null && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        out.append(replacement != null ? replacement : String.valueOf(c));
      }
    }
    return out == null ? s : out.toString();
  }

  /** Converts a non-ASCII host (IDN) to its ASCII form so java.net.URI accepts it. */
  private static String asciiHost(String s) {
    int start = s.indexOf("//");
    if (start < 0 || (start > 0 && !s.substring(0, start).matches("[A-Za-z][A-Za-z0-9+.-]*:"))) {
      return s;
    }
    start += 2;
    int end = start;
    while (end < s.length() && "/?#\\".indexOf(s.charAt(end)) < 0) {
      end++;
    }
    String authority = s.substring(start, end);
    if (authority.chars().allMatch(c -> c < 0x80)) {
      return s;
    }
    int at = authority.lastIndexOf('@');
    String user = at < 0 ? "" : authority.substring(0, at + 1);
    String hostPort = authority.substring(at + 1);
    int colon = hostPort.lastIndexOf(':');
    String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
    String port = colon < 0 ? "" : hostPort.substring(colon);
    try {
      String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
      return s.substring(0, start) + user + ascii + port + s.substring(end);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static boolean inHostBrackets(String s, int i) {
    char c = s.charAt(i);
    if (c != '[' && c != ']') {
      return false;
    }
    int authorityStart = s.indexOf("//");
    if (authorityStart < 0) {
      return false;
    }
    int authorityEnd = s.indexOf('/', authorityStart + 2);
    return i > authorityStart && (authorityEnd < 0 || i < authorityEnd);
  }

  private static String encode(String chars) {
    byte[] bytes = chars.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      out.append('%').append(HEX.charAt((b >> 4) & 15)).append(HEX.charAt(b & 15));
    }
    return out.toString();
  }

  private static int indexOfAny(String s, char a, char b) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == a || s.charAt(i) == b) {
        return i;
      }
    }
    return -1;
  }
}
