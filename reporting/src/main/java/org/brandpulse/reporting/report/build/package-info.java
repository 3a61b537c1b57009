/**
 * Report sections built from plain numbers and posts, without knowing where they came from: the
 * application fetches them (store, metrics database) and hands them over, so each section's rules
 * (what to leave out, when to say "no data", how to word the numbers) are tested without a store.
 *
 * <p>{@link org.brandpulse.reporting.report.build.KeywordsSection} ranks the rising and the most
 * frequent keywords; {@link org.brandpulse.reporting.report.build.OwnPostsSection} shows what the
 * brand's own accounts posted; {@link org.brandpulse.reporting.report.build.SearchSection} shows
 * the Search Console figures and the top queries and pages against the previous export. Sections
 * still built in the application move here one by one.
 */
package org.brandpulse.reporting.report.build;
