package org.brandpulse.reporting.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Apache ECharts library text, read once from the {@code org.webjars.npm:echarts} webjar so
 * reports open offline and server-side rendering needs no network.
 */
public final class EChartsScript {

  /** The ECharts version the webjar ships. */
  public static final String VERSION = "5.3.1";

  /** Classpath location of the minified script. */
  public static final String RESOURCE =
      "META-INF/resources/webjars/echarts/" + VERSION + "/dist/echarts.min.js";

  private static volatile String text;

  private EChartsScript() {}

  /** The minified script as shipped. */
  public static String text() {
    String s = text;
    if (s == null) {
      try (InputStream in = EChartsScript.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "ECharts not on the classpath: "
                  + RESOURCE
                  + " (org.webjars.npm:echarts:"
                  + VERSION
                  + ")");
        }
        s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
      text = s;
    }
    return s;
  }

  /**
   * The script made safe for an inline {@code <script>} element: {@code </script} and {@code <!--}
   * cannot end or confuse the element (HTML 4.12.1.3, restrictions for script contents).
   */
  public static String inlineText() {
    return text().replaceAll("(?i)</(script)", "<\\\\/$1").replace("<!--", "<\\!--");
  }
}
