/**
 * The demo data set: a deterministic generator of a made-up but realistic stream of posts about the
 * fictional shop Bazarly and its competitors ShopNest and Dhakart, written as the files that the
 * file sources ingest.
 *
 * <p>{@link org.brandpulse.app.demo.DemoDataGenerator#generate} is the only entry point. It writes
 * {@code social.jsonl}, {@code listening.csv}, {@code news.rss.xml} and {@code blog.atom.xml} into
 * a folder, covering the 90 days up to a given end date, and returns a {@link
 * org.brandpulse.app.demo.DemoData} with what it planted: post counts, complaints per category,
 * near-duplicates, off-topic posts, malformed records (file and line) and the events (sale spike,
 * delivery incident, viral complaint). The same end date and seed give byte-identical files.
 *
 * <p>How it is built: phrase templates per language live in {@code /demo/*.txt} (read by {@code
 * Phrasebook}, filled by {@code Composer}); {@code Timeline} gives the daily rhythm and the events;
 * {@code SocialPlanner}, {@code ListeningPlanner} and {@code FeedPlanner} decide what is posted
 * when and by whom; {@code JsonlWriter}, {@code CsvWriter} and {@code FeedWriter} write the formats
 * agreed in the file-source contract, through {@code AtomicFiles}.
 */
package org.brandpulse.app.demo;
