package org.brandpulse.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** One-line JSON output of the commands' {@code --json} options, keys in the order given. */
final class Json {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  /** Keys and values alternating: {@code line("n", 3, "accuracy", 0.5)}. */
  static String line(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return MAPPER.writeValueAsString(map);
  }

  /** Writes any map or record as one JSON line. */
  static final java.util.function.Function<Object, String> MAPPER_LINE = MAPPER::writeValueAsString;

  /** Rounds a figure to four decimals for output. */
  static double round4(double v) {
    return Math.round(v * 10_000.0) / 10_000.0;
  }
}
