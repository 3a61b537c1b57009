package org.brandpulse.ingest.store.lucene;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.dedup.DedupKeys;
import org.brandpulse.ingest.store.Facet;
import org.brandpulse.ingest.text.PostQueryParser;
import org.brandpulse.nlp.TextAnalysis;

/**
 * The index layout: which fields a post becomes and how each is indexed.
 *
 * <p>Keyword fields ({@link #ID}, facets, {@link #DEDUP}, {@link #NEEDS_REPLY}, {@link #AUTHOR},
 * the author's handle normalised by {@link org.brandpulse.ingest.Author#normalizeHandle}) are
 * indexed as exact terms for filtering; facets and {@link #KEYWORD} also as sorted-set doc values
 * for counting; {@link #CREATED_AT} as a point (range filters) and numeric doc values (sorting,
 * days); {@link #REACH} as numeric doc values; {@link #ID} as sorted doc values (tiebreak, id
 * order). The whole post is stored as JSON in {@link #JSON}.
 */
final class PostDocuments {

  static final String ID = "id";
  static final String TEXT = PostQueryParser.TEXT_FIELD;
  static final String SOURCE = "source";
  static final String BRAND = "brand";
  static final String LANGUAGE = "language";
  static final String SENTIMENT = "sentiment";
  static final String COMPLAINT_CATEGORY = "complaintCategory";
  static final String NEEDS_REPLY = "needsReply";
  static final String CREATED_AT = "createdAt";
  static final String FETCHED_AT = "fetchedAt";
  static final String REPLY_TO = "replyTo";
  static final String REACH = "reach";
  static final String KEYWORD = "keyword";
  static final String DEDUP = "dedup";
  static final String AUTHOR = "author";
  static final String JSON = "json";

  private PostDocuments() {}

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

  /** Lower case, as facet values and enum filters are indexed. */
  static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }

  static Document toDocument(AnalyzedPost ap, String json) {
    Document doc = new Document();
    doc.add(new StringField(ID, ap.id(), Field.Store.NO));
    doc.add(new SortedDocValuesField(ID, new BytesRef(ap.id())));
    doc.add(new TextField(TEXT, ap.post().text(), Field.Store.NO));
    TextAnalysis a = ap.analysis();
    facet(doc, SOURCE, ap.post().source());
    for (String brand : ap.brands()) {
      facet(doc, BRAND, brand);
    }
    facet(doc, LANGUAGE, lower(a.language()));
    facet(doc, SENTIMENT, lower(a.sentiment().label().name()));
    facet(doc, COMPLAINT_CATEGORY, lower(a.complaint().category().name()));
    doc.add(
        new StringField(NEEDS_REPLY, Boolean.toString(a.complaint().needsReply()), Field.Store.NO));
    String author = ap.post().author().normalizedHandle();
    if (author != null) {
      doc.add(new StringField(AUTHOR, author, Field.Store.NO));
    }
    long created = ap.post().createdAt().toEpochMilli();
    doc.add(new LongPoint(CREATED_AT, created));
    doc.add(new NumericDocValuesField(CREATED_AT, created));
    doc.add(new LongPoint(FETCHED_AT, ap.post().fetchedAt().toEpochMilli()));
    doc.add(new NumericDocValuesField(REACH, ap.reach()));
    Set<String> keywords = new LinkedHashSet<>();
    for (String keyword : a.keywords()) {
      keywords.add(lower(keyword));
    }
    for (String keyword : keywords) {
      doc.add(new SortedSetDocValuesField(KEYWORD, new BytesRef(keyword)));
    }
    for (String key : DedupKeys.of(ap.post().text()).all()) {
      doc.add(new StringField(DEDUP, key, Field.Store.NO));
      doc.add(new SortedSetDocValuesField(DEDUP, new BytesRef(key)));
    }
    if (ap.post().replyToId() != null) {
      doc.add(new SortedDocValuesField(REPLY_TO, new BytesRef(ap.post().replyToId())));
    }
    doc.add(new StoredField(JSON, json));
    return doc;
  }

  /**
   * Refuses a document the index writer would refuse (a value indexed whole or kept as sorted doc
   * values longer than {@link IndexWriter#MAX_TERM_LENGTH} bytes), naming the field: the store
   * checks before it records an upsert, as it indexes on another thread.
   *
   * @throws IllegalArgumentException naming the field, its length and the limit
   */
  static void checkIndexable(Document doc) {
    for (IndexableField f : doc) {
      IndexableFieldType type = f.fieldType();
      boolean whole = type.indexOptions() != IndexOptions.NONE && !type.tokenized();
      boolean sorted =
          type.docValuesType() == DocValuesType.SORTED
              || type.docValuesType() == DocValuesType.SORTED_SET;
      if (!whole && !sorted) {
        continue;
      }
      BytesRef bytes = f.binaryValue();
      String text = bytes == null ? f.stringValue() : null;
      if (text != null && text.length() <= IndexWriter.MAX_TERM_LENGTH / 3) {
        continue; // at most 3 UTF-8 bytes per char: short enough without counting
      }
      int length =
          bytes != null
              ? bytes.length
              : text == null ? 0 : UnicodeUtil.calcUTF16toUTF8Length(text, 0, text.length());
      if (length > IndexWriter.MAX_TERM_LENGTH) {
        throw new IllegalArgumentException(
            "field "
                + f.name()
                + " of the post is "
                + length
                + " bytes long (UTF-8); the index takes at most "
                + IndexWriter.MAX_TERM_LENGTH);
      }
    }
  }

  private static void facet(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.NO));
    doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }
}
