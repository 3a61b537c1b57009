package org.brandpulse.reporting.chart;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Rasterises SVG text (as made by {@link SvgChartRenderer}) to PNG bytes with JSVG and Java2D, on a
 * white background, at a scale factor (2 for sharp images on high-density screens).
 *
 * <p>Fonts: ECharts asks for {@code sans-serif}. When the machine has a font family that covers
 * Bengali (for example Noto Sans Bengali from Debian's {@code fonts-noto-core}, or Lohit Bengali
 * from {@code fonts-lohit-beng-bengali}), it is put first in every font list so Bengali labels
 * render; {@link #bengaliFont()} tells which. Without one, Java's logical {@code SansSerif} font is
 * used and Bengali glyphs show as boxes; Latin, Arabic and most CJK text depend on the fonts
 * installed in the same way. External resources referenced by the SVG are never loaded.
 */
public final class PngRasterizer {

  private static final char BENGALI_KA = '\u0995';

  private final Optional<String> bengaliFont;

  /** A rasteriser that looks up a Bengali-capable font once. */
  public PngRasterizer() {
    this.bengaliFont = findBengaliFont();
  }

  /** The font family used for Bengali text, if the machine has one. */
  public Optional<String> bengaliFont() {
    return bengaliFont;
  }

  /**
   * The SVG as PNG bytes.
   *
   * @param svg an SVG document with a width and height or a viewBox
   * @param scale pixels per SVG unit, 0.25 to 8
   */
  public byte[] toPng(String svg, double scale) {
    if (!(scale >= 0.25 && scale <= 8)) {
      throw new IllegalArgumentException("scale " + scale + " is out of range, expected 0.25 to 8");
    }
    SVGDocument doc = load(withFonts(svg));
    FloatSize size = doc.size();
    int w = (int) Math.ceil(size.width * scale);
    int h = (int) Math.ceil(size.height * scale);
    if (w < 1 || h < 1 || w > 16_384 || h > 16_384) {
      throw new IllegalArgumentException(
          "SVG size " + size.width + "x" + size.height + " at scale " + scale + " is out of range");
    }
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(scale, scale);
      doc.render(null, g, new ViewBox(size));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a " + w + "x" + h + " PNG", e);
    }
    return out.toByteArray();
  }

  private static SVGDocument load(String svg) {
    LoaderContext context =
        LoaderContext.builder().externalResourcePolicy(ResourcePolicy.DENY_ALL).build();
    SVGDocument doc =
        new SVGLoader()
            .load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), null, context);
    if (doc == null) {
      throw new IllegalArgumentException(
          "not a readable SVG document: "
              + (svg.length() <= 120 ? svg : svg.substring(0, 120) + "..."));
    }
    return doc;
  }

  private String withFonts(String svg) {
    return bengaliFont.map(f -> svg.replace("sans-serif", "'" + f + "', sans-serif")).orElse(svg);
  }

  private static Optional<String> findBengaliFont() {
    if (new Font(Font.SANS_SERIF, Font.PLAIN, 12).canDisplay(BENGALI_KA)) {
      return Optional.of(Font.SANS_SERIF);
    }
    return Arrays.stream(
            GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
        .filter(f -> new Font(f, Font.PLAIN, 12).canDisplay(BENGALI_KA))
        .sorted((a, b) -> Boolean.compare(!a.contains("Sans"), !b.contains("Sans")))
        .findFirst();
  }
}
