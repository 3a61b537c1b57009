package org.brandpulse.reporting.chart;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Renders charts to SVG text on the server with ECharts' own server-side renderer ({@code
 * echarts.init(null, null, {renderer: 'svg', ssr: true, width, height})}, then {@code
 * renderToSVGString()}) running in GraalJS. No browser, no DOM, no network: the script comes from
 * {@link EChartsScript} and the JavaScript context has no host, file or thread access.
 *
 * <p>One polyglot engine and context are created on first use and reused; a JavaScript context is
 * single-threaded, so calls are serialised by a lock. Loading ECharts costs seconds on a stock JDK
 * (GraalJS runs in interpreter mode there); a warm render of a small chart takes a few hundred
 * milliseconds. Close the renderer to free the engine.
 */
public final class SvgChartRenderer implements AutoCloseable {

  private static final String PRELUDE =
      "var setTimeout = function () { return 0; }; var clearTimeout = function () {};"
          + " var setInterval = setTimeout; var clearInterval = clearTimeout;";

  /**
   * ECharts 5.3's SSR writes text into the SVG as it is, so every string of the option is
   * XML-escaped first: a label such as {@code H&M} or {@code /blog/<b>} must neither break the
   * document nor become markup.
   */
  private static final String RENDER =
      "(function (option, width, height) {"
          + " function esc(v) {"
          + "  if (typeof v === 'string') { return v.replace(/&/g, '&amp;').replace(/</g, '&lt;')"
          + "   .replace(/>/g, '&gt;').replace(/\"/g, '&quot;').replace(/'/g, '&#39;'); }"
          + "  if (Array.isArray(v)) { return v.map(esc); }"
          + "  if (v !== null && typeof v === 'object') {"
          + "   var o = {}; for (var k in v) { o[k] = esc(v[k]); } return o; }"
          + "  return v; }"
          + " var chart = echarts.init(null, null,"
          + " {renderer: 'svg', ssr: true, width: width, height: height});"
          + " try { chart.setOption(esc(JSON.parse(option))); return chart.renderToSVGString(); }"
          + " finally { chart.dispose(); } })";

  private static final int WARM_UP_RENDERS = 3;

  private final ReentrantLock lock = new ReentrantLock();
  private Engine engine;
  private Context context;
  private Value render;
  private boolean closed;

  /** A renderer; the JavaScript engine starts on the first render. */
  public SvgChartRenderer() {}

  /** The chart as a standalone SVG document of {@code width × height} pixels. */
  public String render(ChartSpec spec, int width, int height) {
    Objects.requireNonNull(spec, "spec");
    try {
      return renderOption(EChartsOptions.json(spec), width, height);
    } catch (IllegalStateException e) {
      throw new IllegalStateException("chart '" + spec.id() + "': " + e.getMessage(), e);
    }
  }

  /** An ECharts option given as JSON text, rendered to SVG. */
  public String renderOption(String optionJson, int width, int height) {
    if (width < 16 || height < 16 || width > 8192 || height > 8192) {
      throw new IllegalArgumentException(
          "chart size " + width + "x" + height + " is out of range, expected 16 to 8192 pixels");
    }
    lock.lock();
    try {
      return function().execute(optionJson, width, height).asString();
    } catch (PolyglotException e) {
      throw new IllegalStateException(
          "ECharts could not render the option " + clip(optionJson) + ": " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Starts the JavaScript engine now instead of on the first render and draws a few small charts,
   * so the first real render is not the slow one (call it at start-up, off the request path).
   */
  public void warmUp() {
    String sample =
        "{\"animation\":false,\"legend\":{},\"xAxis\":{\"type\":\"category\",\"data\":[\"a\",\"b\"]},"
            + "\"yAxis\":{\"type\":\"value\"},\"series\":[{\"type\":\"line\",\"name\":\"x\",\"data\":[1,2]},"
            + "{\"type\":\"bar\",\"name\":\"y\",\"data\":[2,1]}]}";
    for (int i = 0; i < WARM_UP_RENDERS; i++) {
      renderOption(sample, 320, 200);
    }
  }

  private Value function() {
    if (closed) {
      throw new IllegalStateException("the SVG chart renderer is closed");
    }
    if (render == null) {
      engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
      context = Context.newBuilder("js").engine(engine).build();
      context.eval("js", PRELUDE);
      context.eval(Source.create("js", EChartsScript.text()));
      render = context.eval("js", RENDER);
    }
    return render;
  }

  private static String clip(String text) {
    return text.length() <= 120 ? text : text.substring(0, 120) + "...";
  }

  /** Frees the JavaScript context and engine; later renders fail. */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      if (context != null) {
        context.close();
        engine.close();
      }
      context = null;
      engine = null;
      render = null;
    } finally {
      lock.unlock();
    }
  }
}
