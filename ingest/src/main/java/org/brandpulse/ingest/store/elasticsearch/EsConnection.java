package org.brandpulse.ingest.store.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.brandpulse.ingest.store.StoreException;

/** Builds the official client from {@link ElasticsearchOptions}: hosts, auth and TLS trust. */
final class EsConnection {

  private EsConnection() {}

  static ElasticsearchClient client(ElasticsearchOptions options) throws StoreException {
    SSLContext ssl = options.caCertificate() == null ? null : sslContext(options);
    return ElasticsearchClient.of(
        b -> {
          b.hosts(options.urls());
          if (options.apiKey() != null) {
            b.apiKey(options.apiKey());
          } else if (options.username() != null) {
            b.usernameAndPassword(options.username(), options.password());
          }
          if (ssl != null) {
            b.sslContext(ssl);
          }
          return b;
        });
  }

  /** Like {@link #client} for tests and tools that report I/O problems as {@code IOException}. */
  static ElasticsearchClient clientUnchecked(ElasticsearchOptions options) throws IOException {
    try {
      return client(options);
    } catch (StoreException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** Trusts exactly the certificates in the options' PEM file. */
  private static SSLContext sslContext(ElasticsearchOptions options) throws StoreException {
    try (InputStream in = Files.newInputStream(options.caCertificate())) {
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      int n = 0;
      for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        trust.setCertificateEntry("ca-" + n++, cert);
      }
      if (n == 0) {
        throw new StoreException(
            "CA certificate file " + options.caCertificate() + " holds no PEM certificate");
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, tmf.getTrustManagers(), null);
      return ssl;
    } catch (IOException | GeneralSecurityException e) {
      throw new StoreException(
          "cannot read CA certificate " + options.caCertificate() + " (expected PEM X.509): " + e,
          e);
    }
  }
}
