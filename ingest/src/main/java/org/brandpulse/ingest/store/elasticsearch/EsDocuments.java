package org.brandpulse.ingest.store.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.dedup.DedupKeys;
import org.brandpulse.ingest.store.lucene.PostJson;
import org.brandpulse.ingest.text.PostTextAnalyzer;
import org.brandpulse.nlp.TextAnalysis;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Turns an {@link AnalyzedPost} into the JSON document {@link IndexLayout} maps. Thread-safe. */
final class EsDocuments {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final PostJson json = new PostJson();
  private final PostTextAnalyzer analyzer = new PostTextAnalyzer();

  /** The document's JSON bytes (UTF-8). */
  byte[] toDocument(AnalyzedPost ap) {
    ObjectNode doc = MAPPER.createObjectNode();
    TextAnalysis a = ap.analysis();
    doc.put(IndexLayout.ID, ap.id());
    doc.put(IndexLayout.TEXT, tokens(ap.post().text()));
    doc.put(IndexLayout.SOURCE, ap.post().source());
    ArrayNode brands = doc.putArray(IndexLayout.BRAND);
    ap.brands().stream().sorted().forEach(brands::add);
    doc.put(IndexLayout.LANGUAGE, lower(a.language()));
    doc.put(IndexLayout.SENTIMENT, lower(a.sentiment().label().name()));
    doc.put(IndexLayout.COMPLAINT_CATEGORY, lower(a.complaint().category().name()));
    doc.put(IndexLayout.NEEDS_REPLY, a.complaint().needsReply());
    doc.put(IndexLayout.CREATED_AT, ap.post().createdAt().toEpochMilli());
    doc.put(IndexLayout.FETCHED_AT, ap.post().fetchedAt().toEpochMilli());
    doc.put(IndexLayout.REACH, ap.reach());
    Set<String> keywords = new LinkedHashSet<>();
    for (String keyword : a.keywords()) {
      keywords.add(lower(keyword));
    }
    ArrayNode keywordArray = doc.putArray(IndexLayout.KEYWORD);
    keywords.forEach(keywordArray::add);
    ArrayNode dedup = doc.putArray(IndexLayout.DEDUP);
    DedupKeys.of(ap.post().text()).all().forEach(dedup::add);
    if (ap.post().author().handle() != null) {
      doc.put(IndexLayout.AUTHOR, ap.post().author().handle());
    }
    doc.put(IndexLayout.JSON, json.write(ap));
    return MAPPER.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
  }

  /** The post back from its stored {@link IndexLayout#JSON} field. */
  AnalyzedPost read(String storedJson) {
    return json.read(storedJson);
  }

  /** Post text as {@code PostTextAnalyzer} tokens joined by single spaces. */
  String tokens(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    try (TokenStream ts = analyzer.tokenStream(IndexLayout.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(term);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse post text in memory", e);
    }
    return out.toString();
  }

  private static String lower(String value) {
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }
}
