package dev.phoenix.core.tls.internal;

import java.net.Socket;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Accepts any server certificate: what {@code SkipTLSVerify} asks for, and only that. It extends
 * {@link X509ExtendedTrustManager} so that JSSE does not wrap it with its own hostname check, which
 * would defeat the explicit request to skip verification.
 */
public final class TrustAnyCertificate extends X509ExtendedTrustManager {
  private static final X509Certificate[] NO_ISSUERS = new X509Certificate[0];

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) {
    // Skipping verification covers the peer, whichever side it is on.
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) {
    // Skipping verification was asked for explicitly.
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
    // As above.
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
    // As above.
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
    // As above.
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
    // As above.
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return NO_ISSUERS;
  }
}
