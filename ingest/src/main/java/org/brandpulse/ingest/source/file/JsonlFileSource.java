package org.brandpulse.ingest.source.file;

import java.nio.file.Path;
import java.time.Clock;
import org.brandpulse.ingest.source.PostSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads posts from JSON Lines files: one JSON object per line, fields found by the dotted paths of
 * a {@link FieldMapping}. See the package documentation for cursors and skipped records.
 */
public final class JsonlFileSource extends FileSourceBase implements PostSource {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * @param options which files and how to read them
   * @param mapping which JSON paths feed which post fields, e.g. {@link
   *     FieldMapping#TWITTER_V1_JSONL}
   * @param clock stamps {@code fetchedAt}
   */
  public JsonlFileSource(FileSourceOptions options, FieldMapping mapping, Clock clock) {
    super(options, mapping, clock, false);
  }

  @Override
  Opened open(Path file) {
    return new Opened(this::parse, 0, 0);
  }

  private org.brandpulse.ingest.Post parse(RawRecord line) throws BadRecordException {
    JsonNode node;
    try {
      node = JSON.readTree(line.text());
    } catch (JacksonException e) {
      throw new BadRecordException(
          "invalid JSON (" + e.getOriginalMessage() + "), expected one JSON object per line");
    }
    if (node == null || !node.isObject()) {
      throw new BadRecordException(
          "expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType()));
    }
    return mapper.map(path -> value(node, path));
  }

  /** The scalar at a dotted path, as text; null when absent or JSON null. */
  private static String value(JsonNode root, String path) throws BadRecordException {
    JsonNode node = root.get(path);
    if (node == null) {
      node = root;
      for (String segment : path.split("\\.")) {
        node = node == null ? null : node.get(segment);
      }
    }
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (!node.isValueNode()) {
      throw new BadRecordException(
          "field '" + path + "' is a JSON " + node.getNodeType() + ", expected a single value");
    }
    return node.asString();
  }
}
