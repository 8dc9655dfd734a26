package dev.phoenix.core.tls;

import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;

/**
 * What a TLS client needs to speak to one engine, in the shapes its clients take: docker-java takes
 * the {@link SSLContext}, OkHttp takes {@link #socketFactory()} with {@link #trustManager()}.
 * Every socket the context makes speaks only {@link #protocols()} and, unless verification was
 * skipped, checks the server's name against its certificate.
 *
 * <pre>{@code
 * TlsContext tls = TlsContextFactory.create(TlsMaterial.inDirectory(certs), false);
 * OkHttpClient http = new OkHttpClient.Builder()
 *     .sslSocketFactory(tls.socketFactory(), tls.trustManager()).build();
 * }</pre>
 *
 * @param sslContext the context, holding the client key and chain and trusting only the given CA
 * @param trustManager the trust manager inside {@code sslContext}
 * @param protocols the only protocols spoken: {@code TLSv1.3} and {@code TLSv1.2}
 * @param verifiesServer false when certificate verification was explicitly skipped; then neither
 *     the certificate nor the name is checked, and an HTTP client must not check the name either
 */
public record TlsContext(SSLContext sslContext, X509TrustManager trustManager, List<String> protocols,
    boolean verifiesServer) {

  /** Checks the parts and copies the list. */
  public TlsContext {
    Objects.requireNonNull(sslContext, "sslContext");
    Objects.requireNonNull(trustManager, "trustManager");
    protocols = List.copyOf(protocols);
  }

  /** The context's socket factory. */
  public SSLSocketFactory socketFactory() {
    return sslContext.getSocketFactory();
  }

  /**
   * Parameters for a client socket or engine made elsewhere: the protocols, and {@code HTTPS}
   * endpoint identification when the server is verified.
   */
  public SSLParameters sslParameters() {
    SSLParameters parameters = sslContext.getDefaultSSLParameters();
    parameters.setProtocols(protocols.toArray(String[]::new));
    if (verifiesServer) {
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
    }
    return parameters;
  }

  @Override
  public String toString() {
    return "TlsContext[protocols=" + protocols + (verifiesServer ? "" : ", server NOT verified") + "]";
  }
}
