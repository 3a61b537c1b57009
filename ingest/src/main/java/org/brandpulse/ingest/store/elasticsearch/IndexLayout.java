package org.brandpulse.ingest.store.elasticsearch;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.brandpulse.ingest.store.Facet;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Names and mappings: monthly indices {@code <prefix>-posts-yyyy.MM} (by the post's created-at, in
 * UTC) behind the read alias {@code <prefix>-posts}, created from the composable index template
 * {@code <prefix>-posts} with explicit, strict mappings.
 *
 * <p>Field layout mirrors the Lucene store: {@link #ID} keyword (sorting, id order); {@link #TEXT}
 * holds the post text already analysed by {@code PostTextAnalyzer} on the client (tokens joined by
 * spaces, indexed with the {@code whitespace} analyzer), so both stores tokenise, fold and match
 * exactly alike without server analysis plugins; facets, {@link #KEYWORD}, {@link #DEDUP} and
 * {@link #AUTHOR} keywords; {@link #CREATED_AT} and {@link #FETCHED_AT} dates; {@link #REACH} a
 * long; {@link #JSON} the whole post as {@code PostJson}, stored but not indexed.
 */
final class IndexLayout {

  static final String ID = "id";
  static final String TEXT = "text";
  static final String SOURCE = "source";
  static final String BRAND = "brand";
  static final String LANGUAGE = "language";
  static final String SENTIMENT = "sentiment";
  static final String COMPLAINT_CATEGORY = "complaintCategory";
  static final String NEEDS_REPLY = "needsReply";
  static final String CREATED_AT = "createdAt";
  static final String FETCHED_AT = "fetchedAt";
  static final String REACH = "reach";
  static final String KEYWORD = "keyword";
  static final String DEDUP = "dedup";
  static final String AUTHOR = "author";
  static final String JSON = "json";

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("yyyy.MM", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final ElasticsearchOptions options;

  IndexLayout(ElasticsearchOptions options) {
    this.options = options;
  }

  /** The read alias over every monthly index, also the template's name. */
  String alias() {
    return options.indexPrefix() + "-posts";
  }

  /** The monthly index a post created at {@code createdAt} lives in. */
  String index(Instant createdAt) {
    return alias() + "-" + MONTH.format(createdAt);
  }

  /** The field a facet is counted on. */
  static String field(Facet facet) {
    return switch (facet) {
      case SENTIMENT -> SENTIMENT;
      case SOURCE -> SOURCE;
      case BRAND -> BRAND;
      case LANGUAGE -> LANGUAGE;
      case COMPLAINT_CATEGORY -> COMPLAINT_CATEGORY;
    };
  }

  /** The body of the composable index template: patterns, alias, settings, strict mappings. */
  String templateJson() {
    ObjectNode root = MAPPER.createObjectNode();
    root.putArray("index_patterns").add(alias() + "-*");
    root.put("priority", 200);
    ObjectNode template = root.putObject("template");
    template.putObject("aliases").putObject(alias());
    ObjectNode index = template.putObject("settings").putObject("index");
    index.put("number_of_shards", options.shards());
    index.put("number_of_replicas", options.replicas());
    index.put("refresh_interval", "1s");
    index.put("max_result_window", ElasticsearchPostStore.MAX_WINDOW);
    ObjectNode mappings = template.putObject("mappings");
    mappings.put("dynamic", "strict");
    ObjectNode props = mappings.putObject("properties");
    for (String keyword :
        new String[] {
          ID, SOURCE, BRAND, LANGUAGE, SENTIMENT, COMPLAINT_CATEGORY, KEYWORD, AUTHOR
        }) {
      props.putObject(keyword).put("type", "keyword");
    }
    props.putObject(DEDUP).put("type", "keyword").put("doc_values", false);
    props.putObject(TEXT).put("type", "text").put("analyzer", "whitespace");
    props.putObject(NEEDS_REPLY).put("type", "boolean");
    props.putObject(CREATED_AT).put("type", "date").put("format", "epoch_millis");
    props.putObject(FETCHED_AT).put("type", "date").put("format", "epoch_millis");
    props.putObject(REACH).put("type", "long");
    props.putObject(JSON).put("type", "keyword").put("index", false).put("doc_values", false);
    return root.toString();
  }
}
