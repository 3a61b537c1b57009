package org.brandpulse.reporting.chart;

/** One SVG renderer for all tests in the JVM: loading ECharts into GraalJS takes seconds. */
public final class SharedRenderer {

  private static SvgChartRenderer renderer;

  private SharedRenderer() {}

  /** The renderer, started and warmed up on first use. */
  public static synchronized SvgChartRenderer get() {
    if (renderer == null) {
      long start = System.nanoTime();
      renderer = new SvgChartRenderer();
      renderer.warmUp();
      System.out.printf(
          java.util.Locale.ROOT,
          "SSR: ECharts loaded into GraalJS in %d ms%n",
          (System.nanoTime() - start) / 1_000_000);
    }
    return renderer;
  }
}
