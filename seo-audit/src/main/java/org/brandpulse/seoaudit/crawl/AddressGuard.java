package org.brandpulse.seoaudit.crawl;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.brandpulse.seoaudit.url.UrlNormalizer;

/**
 * A {@link Fetcher} that never sends a request to a loopback, private (RFC 1918, carrier-grade NAT,
 * IPv6 unique local) or link-local address (such as a cloud metadata service at 169.254.169.254)
 * unless the audited site itself is on an address of that kind: a crawled page must not be able to
 * point the crawler at the machine it runs on or its network. Each host is resolved once.
 */
final class AddressGuard implements Fetcher {

  /** What kind of network an address is on. */
  enum Kind {
    LOOPBACK,
    PRIVATE,
    LINK_LOCAL,
    PUBLIC
  }

  /** Resolves a host name to its addresses (tests give their own). */
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final Fetcher delegate;
  private final Resolver resolver;
  private final Set<Kind> allowed = EnumSet.of(Kind.PUBLIC);
  private final Map<String, String> refusals = new ConcurrentHashMap<>();

  /**
   * @param siteHosts the hosts of the start URLs: the kinds of address they are on are allowed
   */
  AddressGuard(Fetcher delegate, Collection<String> siteHosts, Resolver resolver) {
    this.delegate = delegate;
    this.resolver = resolver;
    for (String host : siteHosts) {
      for (InetAddress a : addresses(host)) {
        allowed.add(kind(a));
      }
    }
  }

  AddressGuard(Fetcher delegate, Collection<String> siteHosts) {
    this(delegate, siteHosts, InetAddress::getAllByName);
  }

  @Override
  public RawResponse fetch(FetchRequest request) throws IOException, InterruptedException {
    String host = UrlNormalizer.host(request.url());
    String refusal = refusals.computeIfAbsent(host, this::judge);
    if (!refusal.isEmpty()) {
      throw new IOException(refusal);
    }
    return delegate.fetch(request);
  }

  @Override
  public void close() {
    delegate.close();
  }

  /** Empty when {@code host} may be fetched, else why not. */
  private String judge(String host) {
    for (InetAddress a : addresses(host)) {
      Kind k = kind(a);
      if (!allowed.contains(k)) {
        return "not fetched: "
            + host
            + " resolves to "
            + a.getHostAddress()
            + ", a "
            + k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
            + " address, and the audited site is not on one";
      }
    }
    return "";
  }

  private InetAddress[] addresses(String host) {
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    try {
      return resolver.resolve(bare);
    } catch (UnknownHostException e) {
      return new InetAddress[0]; // the fetch itself reports that the host is unknown
    }
  }

  static Kind kind(InetAddress a) {
    if (a.isLoopbackAddress() || a.isAnyLocalAddress()) {
      return Kind.LOOPBACK;
    }
    if (a.isLinkLocalAddress()) {
      return Kind.LINK_LOCAL;
    }
    byte[] b = a.getAddress();
    boolean uniqueLocal6 = a instanceof Inet6Address && (b[0] & 0xFE) == 0xFC;
    boolean carrierNat = b.length == 4 && (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64;
    if (a.isSiteLocalAddress() || uniqueLocal6 || carrierNat) {
      return Kind.PRIVATE;
    }
    return Kind.PUBLIC;
  }
}
