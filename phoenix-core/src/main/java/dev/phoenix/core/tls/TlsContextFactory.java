package dev.phoenix.core.tls;

import dev.phoenix.api.endpoint.DockerEndpoint;
import dev.phoenix.api.endpoint.EndpointResolutionException;
import dev.phoenix.api.endpoint.TlsConfigurationException;
import dev.phoenix.api.endpoint.TlsMaterial;
import dev.phoenix.core.tls.endpoint.EndpointResolver;
import dev.phoenix.core.tls.internal.LimitedSslContext;
import dev.phoenix.core.tls.internal.TlsMaterialCheck;
import dev.phoenix.core.tls.internal.TlsMaterialCheck.Loaded;
import dev.phoenix.core.tls.internal.TrustAnyCertificate;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link TlsContext}s from {@link TlsMaterial}: trust only the given CA, present the client
 * certificate and key, speak TLS 1.3 or 1.2 only, check the server's name. The material is checked
 * completely first (every file readable, the key matching its certificate, the CA parsing, nothing
 * expired), because docker-java handed incomplete material silently falls back to plain HTTP;
 * Phoenix never does.
 *
 * <pre>{@code
 * TlsMaterial material = TlsMaterial.inDirectory(Path.of("/etc/docker/certs")).withKeyPassword(pw);
 * TlsContextFactory.check(material, false);          // fails early, naming the file and the fix
 * TlsContext tls = TlsContextFactory.create(material, false);
 * }</pre>
 */
public final class TlsContextFactory {
  /** The protocols Phoenix speaks, newest first. */
  public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

  private static final Logger LOG = LoggerFactory.getLogger(TlsContextFactory.class);
  private static final String KEY_ALIAS = "client";

  private TlsContextFactory() {
  }

  /**
   * The endpoint of docker CLI context {@code name}, from this process's docker configuration
   * ({@code DOCKER_CONFIG}, else {@code ~/.docker}).
   *
   * <pre>{@code
   * DockerEndpoint endpoint = TlsContextFactory.fromDockerContext("prod");
   * try (DeploymentTarget engine = DeploymentTarget.docker(endpoint)) { ... }
   * }</pre>
   *
   * @throws EndpointResolutionException when there is no such context, or its files are missing
   */
  public static DockerEndpoint fromDockerContext(String name) {
    Map<String, String> environment = System.getenv();
    return EndpointResolver.resolve(environment, EndpointResolver.configDirectory(environment,
        Path.of(System.getProperty("user.home"))), null, Objects.requireNonNull(name, "name"));
  }

  /**
   * The endpoint this process's environment names, as the docker CLI resolves it:
   * {@code DOCKER_HOST} (with {@code DOCKER_TLS_VERIFY} and {@code DOCKER_CERT_PATH}), then
   * {@code DOCKER_CONTEXT}, then the current context, then the default socket. For a pure function
   * of an environment map and a configuration directory, use {@link EndpointResolver#resolve}.
   */
  public static DockerEndpoint fromEnvironment() {
    Map<String, String> environment = System.getenv();
    return EndpointResolver.resolve(environment, EndpointResolver.configDirectory(environment,
        Path.of(System.getProperty("user.home"))), null, null);
  }

  /**
   * Checks the material completely without connecting anywhere.
   *
   * @param material the files, or null for none (only allowed with {@code skipVerify})
   * @param skipVerify whether the server's certificate will not be verified, so no CA is needed
   * @throws TlsConfigurationException naming the file, what is wrong with it and the fix
   */
  public static void check(TlsMaterial material, boolean skipVerify) {
    TlsMaterialCheck.load(material, skipVerify);
  }

  /**
   * A context for the material, checked first as {@link #check} does.
   *
   * @param material the files, or null for none (only allowed with {@code skipVerify})
   * @param skipVerify accept any server certificate under any name: only when a user explicitly
   *     asks for it ({@code SkipTLSVerify}); logged as a warning
   * @throws TlsConfigurationException when the material is incomplete or wrong
   */
  public static TlsContext create(TlsMaterial material, boolean skipVerify) {
    return create(material, skipVerify, "the server");
  }

  /**
   * {@link #create(TlsMaterial, boolean)} for the server {@code peer} ({@code "Portainer at
   * https://portainer:9443/"}), which the warning of {@code skipVerify} names.
   */
  public static TlsContext create(TlsMaterial material, boolean skipVerify, String peer) {
    Loaded loaded = TlsMaterialCheck.load(material, skipVerify);
    try {
      X509TrustManager trustManager;
      if (skipVerify) {
        LOG.warn("TLS: the certificate of {} is NOT verified, as asked (skip TLS verify): anyone on the path can"
            + " read the credentials and change the traffic", peer);
        trustManager = new TrustAnyCertificate();
      } else {
        trustManager = trustOnly(loaded.caCertificates());
      }
      KeyManager[] keyManagers = loaded.hasClientCertificate() ? keyManagers(loaded) : null;
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers, new TrustManager[] {trustManager}, null);
      return new TlsContext(new LimitedSslContext(context, PROTOCOLS, !skipVerify), trustManager, PROTOCOLS,
          !skipVerify);
    } catch (GeneralSecurityException e) {
      throw new TlsConfigurationException(String.valueOf(material), "the TLS context could not be built ("
          + e.getClass().getSimpleName() + ")", "check that the CA and client certificates are valid X.509", e);
    }
  }

  private static X509TrustManager trustOnly(List<X509Certificate> caCertificates) throws GeneralSecurityException {
    KeyStore store = emptyStore();
    for (int i = 0; i < caCertificates.size(); i++) {
      store.setCertificateEntry("ca-" + i, caCertificates.get(i));
    }
    TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
    factory.init(store);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new GeneralSecurityException("no X.509 trust manager in this JVM");
  }

  private static KeyManager[] keyManagers(Loaded loaded) throws GeneralSecurityException {
    // The store lives only in memory; its password protects nothing and leaves with it.
    char[] storePassword = new char[0];
    KeyStore store = emptyStore();
    store.setKeyEntry(KEY_ALIAS, loaded.clientKey(), storePassword,
        loaded.clientChain().toArray(X509Certificate[]::new));
    KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    factory.init(store, storePassword);
    return factory.getKeyManagers();
  }

  private static KeyStore emptyStore() throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new GeneralSecurityException("an empty key store could not be made", e);
    }
    return store;
  }
}
