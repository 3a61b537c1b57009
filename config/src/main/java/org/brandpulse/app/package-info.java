/**
 * The Spring Boot application: {@link org.brandpulse.app.BrandpulseApplication} starts it, {@link
 * org.brandpulse.app.AppConfiguration} wires the libraries' entry points (post store, brand
 * matcher, text analyser) as beans, and {@link org.brandpulse.app.Stores} opens the configured post
 * store (embedded Lucene or Elasticsearch). Everything else lives in a package per capability:
 * {@code cli}, {@code ingest}, {@code reanalyze}, {@code alerts}, {@code metrics}, {@code audit},
 * {@code report}, {@code serve}, {@code web}, {@code settings}, {@code bench} and {@code demo}.
 */
package org.brandpulse.app;
