package org.brandpulse.app.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Phrase templates and word lists read from the UTF-8 resources under {@code /demo/}.
 *
 * <p>Format: {@code [section]} headers, one entry per line, {@code //} comment lines, blank lines
 * ignored, {@code \n} in an entry is a line break. Sections named {@code @word} are word lists for
 * the {@code {word}} slot; the others are templates.
 */
final class Phrasebook {
  private final Map<String, Map<String, List<String>>> files = new TreeMap<>();

  /** Loads every voice's file and {@code feeds.txt}. */
  static Phrasebook load() {
    Phrasebook book = new Phrasebook();
    for (Voice voice : Voice.values()) {
      book.files.put(voice.resource, read(voice.resource));
    }
    book.files.put("feeds.txt", read("feeds.txt"));
    return book;
  }

  /** The entries of a section, empty when the file has no such section. */
  List<String> section(String file, String section) {
    return files.get(file).getOrDefault(section, List.of());
  }

  List<String> section(Voice voice, String section) {
    return section(voice.resource, section);
  }

  boolean has(Voice voice, String section) {
    return !section(voice, section).isEmpty();
  }

  private static Map<String, List<String>> read(String name) {
    String path = "/demo/" + name;
    Map<String, List<String>> sections = new TreeMap<>();
    try (InputStream in = Phrasebook.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("demo phrase resource " + path + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> current = null;
      int lineNo = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("//")) {
          continue;
        }
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
          current =
              sections.computeIfAbsent(
                  trimmed.substring(1, trimmed.length() - 1), k -> new ArrayList<>());
        } else if (current == null) {
          throw new IllegalStateException(
              path + ":" + lineNo + ": entry before any [section]: '" + clip(trimmed) + "'");
        } else {
          current.add(trimmed.replace("\\n", "\n"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read demo phrase resource " + path, e);
    }
    sections.replaceAll((k, v) -> List.copyOf(v));
    return sections;
  }

  private static String clip(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
