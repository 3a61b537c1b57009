package org.brandpulse.reporting.chart;

import java.util.List;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.bar.BarDataItem;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.charts.gauge.GaugeDataItem;
import org.icepear.echarts.charts.gauge.GaugeDetail;
import org.icepear.echarts.charts.gauge.GaugeSeries;
import org.icepear.echarts.charts.line.LineAreaStyle;
import org.icepear.echarts.charts.line.LineSeries;
import org.icepear.echarts.charts.pie.PieDataItem;
import org.icepear.echarts.charts.pie.PieSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.tooltip.Tooltip;
import org.icepear.echarts.origin.util.SeriesOption;
import org.icepear.echarts.serializer.EChartsSerializer;

/**
 * Turns a {@link ChartSpec} into an ECharts option through echarts-java's builders and serialiser.
 * Options are static pictures: animation is off (server-side rendering and printing see the final
 * frame), a gap in a series is ECharts' {@code "-"}, and the title is left to the page or email
 * around the chart.
 */
public final class EChartsOptions {

  private static final String GAP = "-";

  /** Room right of a horizontal bar chart for its unit: a gap plus about 7 px per character. */
  private static final int UNIT_ROOM = 24;

  private static final int UNIT_CHAR = 7;

  private EChartsOptions() {}

  /** The option as echarts-java builders. */
  public static Option option(ChartSpec spec) {
    Option option = new Option().setAnimation(false).setTooltip(new Tooltip().setTrigger("item"));
    if (spec instanceof TimeSeriesChart c) {
      return timeSeries(option, c);
    } else if (spec instanceof BarChart c) {
      return bar(option, c);
    } else if (spec instanceof PieChart c) {
      return pie(option, c);
    }
    return gauge(option, (GaugeChart) spec);
  }

  /** The option as JSON text, ready for {@code chart.setOption(JSON.parse(text))}. */
  public static String json(ChartSpec spec) {
    return new EChartsSerializer().toJson(option(spec));
  }

  private static Option timeSeries(Option option, TimeSeriesChart c) {
    Object[] days = c.days().stream().map(Object::toString).toArray();
    SeriesOption[] series =
        c.series().stream()
            .map(
                s -> {
                  LineSeries line =
                      new LineSeries()
                          .setName(s.name())
                          .setData(values(s))
                          .setShowSymbol(c.days().size() <= 31);
                  if (c.style() != TimeSeriesChart.Style.LINE) {
                    line.setAreaStyle(new LineAreaStyle().setOpacity(0.25));
                  }
                  if (c.style() == TimeSeriesChart.Style.STACKED_AREA) {
                    line.setStack("total");
                  }
                  return line;
                })
            .toArray(SeriesOption[]::new);
    return cartesian(option, c.series().size())
        .setTooltip(new Tooltip().setTrigger("axis"))
        .setXAxis(new CategoryAxis().setData(days).setBoundaryGap(false))
        .setYAxis(new ValueAxis().setName(c.unit()))
        .setSeries(series);
  }

  /**
   * Categories on the axis are {@link Labels#axisLabel shortened}; when any is, every bar carries
   * its full category as its data name and the tooltip switches to the hovered bar, whose default
   * (escaped) text shows that name in full.
   */
  private static Option bar(Option option, BarChart c) {
    List<String> labels = c.categories().stream().map(Labels::axisLabel).toList();
    boolean shortened = !labels.equals(c.categories());
    SeriesOption[] series =
        c.series().stream()
            .map(
                s -> {
                  BarSeries bar =
                      new BarSeries()
                          .setName(s.name())
                          .setData(shortened ? named(s, c.categories()) : values(s));
                  return c.stacked() ? bar.setStack("total") : bar;
                })
            .toArray(SeriesOption[]::new);
    CategoryAxis categoryAxis = new CategoryAxis().setData(labels.toArray());
    ValueAxis valueAxis = new ValueAxis().setName(c.unit());
    cartesian(option, c.series().size())
        .setTooltip(new Tooltip().setTrigger(shortened ? "item" : "axis"));
    if (c.horizontal()) {
      option.setXAxis(valueAxis).setYAxis(categoryAxis.setInverse(true));
      // The value axis name sits after the axis end, outside what containLabel keeps in view.
      ((Grid) option.getGrid()).setRight(UNIT_ROOM + UNIT_CHAR * c.unit().length());
    } else {
      option.setXAxis(categoryAxis).setYAxis(valueAxis);
    }
    return option.setSeries(series);
  }

  private static Option pie(Option option, PieChart c) {
    PieDataItem[] data =
        c.slices().stream()
            .map(s -> new PieDataItem().setName(s.name()).setValue(s.value()))
            .toArray(PieDataItem[]::new);
    PieSeries pie =
        new PieSeries()
            .setName(c.title())
            .setData(data)
            .setRadius(c.donut() ? new String[] {"40%", "70%"} : new String[] {"0%", "70%"});
    return option.setLegend(new Legend().setType("scroll").setBottom("0")).setSeries(pie);
  }

  private static Option gauge(Option option, GaugeChart c) {
    GaugeSeries gauge =
        new GaugeSeries()
            .setName(c.title())
            .setMin(c.min())
            .setMax(c.max())
            .setDetail(
                new GaugeDetail()
                    .setFormatter("{value}" + (c.unit().isEmpty() ? "" : " " + c.unit())))
            .setData(
                new GaugeDataItem[] {new GaugeDataItem().setName(c.title()).setValue(c.value())});
    return option.setSeries(gauge);
  }

  private static Option cartesian(Option option, int seriesCount) {
    if (seriesCount > 1) {
      option.setLegend(new Legend().setType("scroll").setTop(0));
    }
    return option.setGrid(new Grid().setLeft(8).setBottom(8).setTop(40).setContainLabel(true));
  }

  private static BarDataItem[] named(Series s, List<String> names) {
    Object[] values = values(s);
    BarDataItem[] out = new BarDataItem[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = new BarDataItem().setName(names.get(i)).setValue(values[i]);
    }
    return out;
  }

  private static Object[] values(Series s) {
    List<Double> values = s.values();
    Object[] out = new Object[values.size()];
    for (int i = 0; i < out.length; i++) {
      Double v = values.get(i);
      out[i] = v == null ? GAP : v;
    }
    return out;
  }
}
