package org.brandpulse.reporting.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngRasterizerTest {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private final PngRasterizer rasterizer = new PngRasterizer();

  @Test
  void handWrittenSvgBecomesAPngOfTheScaledSize() throws IOException {
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\">"
            + "<rect x=\"10\" y=\"10\" width=\"80\" height=\"50\" fill=\"#ff0000\"/>"
            + "<text x=\"100\" y=\"50\" style=\"font-size:12px;font-family:sans-serif;\">ব্র্যান্ড</text>"
            + "</svg>";
    byte[] png = rasterizer.toPng(svg, 2);
    assertThat(png).startsWith(PNG_SIGNATURE);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(400);
    assertThat(image.getHeight()).isEqualTo(200);
    assertThat(image.getRGB(60, 60) & 0xffffff).isEqualTo(0xff0000);
    assertThat(image.getRGB(390, 190) & 0xffffff).isEqualTo(0xffffff);
  }

  @Test
  void echartsSvgBecomesAPng() throws IOException {
    String svg = SharedRenderer.get().render(Charts.traffic(), 600, 300);
    byte[] png = rasterizer.toPng(svg, 1);
    assertThat(png).startsWith(PNG_SIGNATURE);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(600);
    assertThat(image.getHeight()).isEqualTo(300);
    System.out.println("PNG: Bengali font " + rasterizer.bengaliFont().orElse("none (boxes)"));
  }

  @Test
  void rejectsNonSvgAndBadScale() {
    assertThatThrownBy(() -> rasterizer.toPng("<svg", 1)).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> rasterizer.toPng("<svg/>", 0))
        .hasMessageContaining("scale 0.0 is out of range");
  }
}
