/**
 * Test support: {@link org.brandpulse.seoaudit.testing.SiteServer}, a local HTTP server for fixture
 * sites (a folder, scripted responses, or both).
 */
package org.brandpulse.seoaudit.testing;
