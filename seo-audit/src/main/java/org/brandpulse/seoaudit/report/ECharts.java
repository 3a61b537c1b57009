package org.brandpulse.seoaudit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Apache ECharts library, read from its webjar so reports work offline (no CDN). */
final class ECharts {

  static final String RESOURCE = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

  private static volatile String script;

  private ECharts() {}

  /** The minified script. */
  static String script() {
    String s = script;
    if (s == null) {
      try (InputStream in = ECharts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "ECharts not on the classpath: " + RESOURCE + " (org.webjars.npm:echarts:5.3.1)");
        }
        s = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
      script = s;
    }
    return s;
  }
}
