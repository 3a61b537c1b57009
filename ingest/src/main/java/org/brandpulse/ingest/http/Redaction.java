package org.brandpulse.ingest.http;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** Masks secrets in URLs and clips bodies for messages and logs. */
final class Redaction {

  /** Query parameter names whose values are secrets. */
  private static final Pattern SECRET_PARAM =
      Pattern.compile(
          "(?:.*[_.-])?(?:access_?token|token|api_?key|key|secret|password|passwd|pwd|auth"
              + "|authorization|signature|sig|session|code|credentials?)");

  private static final int MAX_BODY_CHARS = 300;

  private Redaction() {}

  /** The URI as text with user info and the values of secret-looking parameters masked. */
  static String maskUrl(URI uri) {
    String text = uri.toString();
    if (uri.getRawUserInfo() != null) {
      text = text.replace(uri.getRawUserInfo() + "@", "***@");
    }
    int q = text.indexOf('?');
    if (q < 0) {
      return text;
    }
    int hash = text.indexOf('#', q);
    String query = hash < 0 ? text.substring(q + 1) : text.substring(q + 1, hash);
    StringBuilder out = new StringBuilder(text.substring(0, q + 1));
    String[] params = query.split("&", -1);
    for (int i = 0; i < params.length; i++) {
      String p = params[i];
      int eq = p.indexOf('=');
      String name = eq < 0 ? p : p.substring(0, eq);
      if (eq >= 0 && SECRET_PARAM.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
        p = name + "=***";
      }
      out.append(i == 0 ? "" : "&").append(p);
    }
    return hash < 0 ? out.toString() : out.append(text.substring(hash)).toString();
  }

  /** The start of a body for an error message, one line. */
  static String clipBody(String body) {
    String oneLine = body.replaceAll("\\s+", " ").strip();
    if (oneLine.length() <= MAX_BODY_CHARS) {
      return oneLine;
    }
    int end = MAX_BODY_CHARS;
    if (Character.isHighSurrogate(oneLine.charAt(end - 1))) {
      end--;
    }
    return oneLine.substring(0, end) + "…";
  }
}
