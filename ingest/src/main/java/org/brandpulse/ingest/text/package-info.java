/**
 * How post text becomes searchable terms, in one place.
 *
 * <p>{@link org.brandpulse.ingest.text.PostTextAnalyzer} turns text into terms (Unicode words,
 * lower case, ASCII folded; {@code @handle} and {@code #tag} become {@code handle} and {@code
 * tag}). {@link org.brandpulse.ingest.text.PostQueryParser} parses Lucene classic query syntax with
 * that analyzer and reports bad syntax as a {@link org.brandpulse.ingest.text.QuerySyntaxException}
 * naming the query and the column. The Lucene store and the brand matcher both use these two, so a
 * brand query matches exactly the posts a search for it finds.
 */
package org.brandpulse.ingest.text;
