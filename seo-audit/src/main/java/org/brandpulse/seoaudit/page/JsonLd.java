package org.brandpulse.seoaudit.page;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates one JSON-LD block the way search engines read it: it must parse, and every top-level
 * item (or every {@code @graph} item) must carry {@code @type}, with {@code @context} on the
 * outermost object.
 */
final class JsonLd {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonLd() {}

  /** Null when the block is fine, else what is wrong with it. */
  static String problem(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      String message = e.getOriginalMessage() == null ? e.getMessage() : e.getOriginalMessage();
      return "does not parse: " + Clip.clip(message, 120);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return "is empty";
    }
    if (root.isArray()) {
      if (root.isEmpty()) {
        return "is an empty array";
      }
      for (JsonNode item : root) {
        String p = itemProblem(item);
        if (p != null) {
          return p;
        }
      }
      return null;
    }
    return itemProblem(root);
  }

  private static String itemProblem(JsonNode item) {
    if (!item.isObject()) {
      return "holds a "
          + item.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
          + " where an object was expected";
    }
    if (!item.has("@context")) {
      return "lacks @context";
    }
    JsonNode graph = item.get("@graph");
    if (graph != null && graph.isArray()) {
      for (JsonNode node : graph) {
        if (!node.isObject() || !node.has("@type")) {
          return "has a @graph item without @type";
        }
      }
      return null;
    }
    return item.has("@type") ? null : "lacks @type";
  }
}
