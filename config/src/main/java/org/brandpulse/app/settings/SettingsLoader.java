package org.brandpulse.app.settings;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and validates {@code brandpulse.yml}. Strict: unknown keys and wrong values are errors that
 * name the file, line, column, the key's path and what is accepted.
 */
public final class SettingsLoader {

  private static final YAMLMapper MAPPER =
      YAMLMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(tools.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .build();

  private SettingsLoader() {}

  /** The file as written, before defaults and checks. */
  record RawSettings(
      String dataDir,
      DatabaseSettings database,
      StoreSettings store,
      List<BrandSettings> brands,
      List<SourceSettings> sources,
      IngestSettings ingest,
      List<AuditSettings> audits,
      List<SiteSettings> sites,
      org.brandpulse.app.settings.AlertSettings alerts,
      org.brandpulse.app.serve.ServeSettings serve) {}

  /** Reads, checks and resolves a configuration file. */
  public static BrandpulseSettings load(Path file) {
    RawSettings raw;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] yaml = in.readAllBytes();
      // a file of nothing but comments and blank lines holds no settings: all defaults
      boolean blank =
          new String(yaml, java.nio.charset.StandardCharsets.UTF_8)
              .lines()
              .map(String::strip)
              .allMatch(l -> l.isEmpty() || l.startsWith("#") || l.equals("---"));
      if (!blank) {
        refuseAnchors(file, yaml);
      }
      raw = blank ? null : MAPPER.readValue(yaml, RawSettings.class);
    } catch (NoSuchFileException e) {
      throw new SettingsException(
          "configuration file " + file + " does not exist (give another with --config FILE)");
    } catch (IOException e) {
      throw new SettingsException("cannot read configuration file " + file + ": " + e, e);
    } catch (JacksonException e) {
      throw new SettingsException(describe(file, e), e);
    }
    if (raw == null) {
      raw = new RawSettings(null, null, null, null, null, null, null, null, null, null);
    }
    return SettingsValidator.validate(file, raw);
  }

  /**
   * The embedded defaults, for when there is no configuration file: no brands and no sources (so
   * only the commands that need no brands work), the embedded H2 database and Lucene index in
   * {@code dataDir}.
   *
   * @param wouldBe where a configuration file would be (relative paths resolve against its folder)
   */
  public static BrandpulseSettings defaults(Path wouldBe, Path dataDir) {
    RawSettings raw =
        new RawSettings(
            dataDir.toAbsolutePath().toString(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    return SettingsValidator.validate(wouldBe, raw).asEmbedded();
  }

  /**
   * Refuses YAML anchors and aliases ({@code &dd}, {@code *dd}): the settings reader does not
   * resolve them, so {@code path: *dd} would silently mean the folder "dd". Says where, and what to
   * write instead.
   */
  private static void refuseAnchors(Path file, byte[] yaml) {
    org.snakeyaml.engine.v2.api.LoadSettings settings =
        org.snakeyaml.engine.v2.api.LoadSettings.builder().build();
    try {
      for (org.snakeyaml.engine.v2.events.Event e :
          new org.snakeyaml.engine.v2.api.lowlevel.Parse(settings)
              .parseInputStream(new java.io.ByteArrayInputStream(yaml))) {
        String what = null;
        if (e instanceof org.snakeyaml.engine.v2.events.AliasEvent a) {
          what = "alias '*" + a.getAlias() + "'";
        } else if (e instanceof org.snakeyaml.engine.v2.events.NodeEvent n
            && n.getAnchor().isPresent()) {
          what = "anchor '&" + n.getAnchor().get() + "'";
        }
        if (what != null) {
          String at =
              e.getStartMark()
                  .map(m -> ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
                  .orElse("");
          throw new SettingsException(
              file
                  + at
                  + ": YAML "
                  + what
                  + " is not supported in the configuration; write the value out in full");
        }
      }
    } catch (org.snakeyaml.engine.v2.exceptions.YamlEngineException ignored) {
      // broken YAML: the settings reader reports it with its place
    }
  }

  static String describe(Path file, JacksonException e) {
    String where = file.toString();
    TokenStreamLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      where += ":" + location.getLineNr() + ":" + location.getColumnNr();
    }
    String path = e instanceof DatabindException d ? keyPath(d.getPath()) : "";
    String prefix = where + ": " + (path.isEmpty() ? "" : path + ": ");
    if (e instanceof UnrecognizedPropertyException u) {
      where = file + lineOf(file, u.getPropertyName(), location);
      String known =
          u.getKnownPropertyIds() == null
              ? "?"
              : u.getKnownPropertyIds().stream()
                  .map(String::valueOf)
                  .filter(k -> !k.equals("type"))
                  .sorted()
                  .collect(Collectors.joining(", "));
      return where
          + ": "
          + keyPath(u.getPath())
          + ": unknown key '"
          + u.getPropertyName()
          + "'; accepted keys here: "
          + known;
    }
    if (e instanceof InvalidTypeIdException t && t.getTypeId() == null) {
      return prefix + "a source needs a 'type'; accepted types: " + sourceTypes(path);
    }
    if (e instanceof InvalidTypeIdException t) {
      return prefix
          + "unknown source type '"
          + t.getTypeId()
          + "'; accepted types: "
          + sourceTypes(path);
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
      Class<?> target = f.getTargetType();
      String accepted =
          target.isEnum()
              ? Arrays.stream(target.getEnumConstants())
                  .map(c -> c.toString().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", "))
              : "a value of type " + target.getSimpleName();
      return prefix + "invalid value '" + f.getValue() + "'; accepted: " + accepted;
    }
    String message = e.getOriginalMessage();
    if (message != null && message.contains("missing type id")) {
      return prefix + "a source needs a 'type'; accepted types: " + sourceTypes(path);
    }
    return prefix + message;
  }

  /**
   * Jackson reports an unknown key of a record at the end of its object; point at the key itself:
   * the first line at or before the reported one that holds {@code key:}.
   */
  private static String lineOf(Path file, String key, TokenStreamLocation location) {
    try {
      List<String> lines = Files.readAllLines(file);
      int last =
          location == null || location.getLineNr() <= 0 ? lines.size() : location.getLineNr();
      java.util.regex.Pattern p =
          java.util.regex.Pattern.compile(
              "(^|[\\s{,-])" + java.util.regex.Pattern.quote(key) + "\\s*:");
      int found = -1;
      for (int i = 0; i < Math.min(last, lines.size()); i++) {
        java.util.regex.Matcher m = p.matcher(lines.get(i));
        if (m.find()) {
          found = i;
          if (i + 1 >= last) {
            break;
          }
        }
      }
      if (found >= 0) {
        java.util.regex.Matcher m = p.matcher(lines.get(found));
        m.find();
        return ":" + (found + 1) + ":" + (m.start() + m.group(1).length() + 1);
      }
    } catch (IOException ignored) {
      // fall back to Jackson's place
    }
    return location == null || location.getLineNr() <= 0
        ? ""
        : ":" + location.getLineNr() + ":" + location.getColumnNr();
  }

  private static String sourceTypes(String path) {
    Class<?> kind = path.startsWith("sites") ? MetricSourceSettings.class : SourceSettings.class;
    return Arrays.stream(kind.getAnnotation(JsonSubTypes.class).value())
        .map(JsonSubTypes.Type::name)
        .collect(Collectors.joining(", "));
  }

  private static String keyPath(List<JacksonException.Reference> path) {
    StringBuilder out = new StringBuilder();
    for (JacksonException.Reference ref : path) {
      if (ref.getPropertyName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }
}
