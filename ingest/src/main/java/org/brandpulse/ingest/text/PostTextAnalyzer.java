package org.brandpulse.ingest.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one analyzer for post text, shared by the store's index and the brand matcher so that a query
 * means the same thing in both.
 *
 * <p>Unicode word segmentation (UAX #29, which keeps Bengali, Arabic and Devanagari words whole,
 * splits CJK into single ideographs and emits emoji as tokens), then a trailing {@code 's} is
 * dropped ({@code bazarly's} is {@code bazarly}), then lower case, then ASCII folding ({@code café}
 * and {@code cafe} are one term; Lucene's {@link ASCIIFoldingFilter}, by {@link AsciiFolding}). The
 * tokenizer drops {@code @} and {@code #}, so the handle {@code @bazarly} and the hashtag {@code
 * #bazarly} both index as {@code bazarly}. Wildcard and fuzzy terms in queries are normalised the
 * same way (see {@link #normalize(String, TokenStream)}).
 */
public final class PostTextAnalyzer extends Analyzer {

  /** Longest token kept; longer runs (base64 blobs, URLs without breaks) are split. */
  public static final int MAX_TOKEN_LENGTH = 255;

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    tokenizer.setMaxTokenLength(MAX_TOKEN_LENGTH);
    TokenStream stream = new EnglishPossessiveFilter(tokenizer);
    stream = new LowerCaseFilter(stream);
    stream = new AsciiFolding(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new AsciiFolding(new LowerCaseFilter(in));
  }
}
