package dev.phoenix.core.engine.internal.connect;

import com.github.dockerjava.api.exception.DockerException;
import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.deploy.EngineUnreachableException;
import dev.phoenix.api.endpoint.DockerEndpoint;
import dev.phoenix.api.endpoint.TlsConfigurationException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Turns the failure of a first call to an engine into an error that names the real cause. TLS
 * problems surface from the JDK and from docker-java in a handful of shapes (an HTTP 400 from the
 * engine, a handshake alert, a certificate path error, a broken pipe); each is recognised here and
 * explained with the endpoint, where its settings came from, and the fix.
 */
public final class ConnectionFailures {
  private ConnectionFailures() {
  }

  /** The error to report for {@code failure} on the first call to {@code endpoint}. */
  public static PhoenixException explain(DockerEndpoint endpoint, RuntimeException failure) {
    String where = endpoint.describe();
    String warnings = endpoint.warnings().isEmpty() ? "" : " (" + String.join("; ", endpoint.warnings()) + ")";
    String all = messages(failure).toLowerCase(Locale.ROOT);
    if (all.contains("client sent an http request to an https server")) {
      return new TlsConfigurationException(where, "Phoenix spoke plain HTTP to a port that expects TLS" + warnings,
          "use TLS for this engine: set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH, or use the docker context"
              + " that holds its certificates (--context NAME), and make sure DOCKER_HOST does not override it",
          failure);
    }
    if (!endpoint.usesTls()) {
      return new EngineUnreachableException(endpoint.host().toString(), "cannot reach the Docker engine at " + where
          + ": " + EngineConnection.rootMessage(failure) + warnings
          + ". Is dockerd running? Start it, or point DOCKER_HOST, --host or --context at a running engine.",
          failure);
    }
    if (all.contains("unsupported or unrecognized ssl message") || all.contains("plaintext connection")) {
      return new TlsConfigurationException(where, "the engine answered in plain HTTP: this port does not speak TLS",
          "use the engine's TLS port (usually 2376), or drop TLS for a plain port (usually 2375) if that is"
              + " really intended", failure);
    }
    if (has(failure, CertificateExpiredException.class) || all.contains("certificate expired")
        || all.contains("validity check failed")) {
      return new TlsConfigurationException(where, "the engine's certificate has expired (or is not valid yet)",
          "renew the server certificate (phoenix tls renew --dir DIR) and restart the engine", failure);
    }
    if (has(failure, CertificateNotYetValidException.class)) {
      return new TlsConfigurationException(where, "the engine's certificate is not valid yet",
          "check the clocks of both machines, or issue the certificate again", failure);
    }
    if (all.contains("no subject alternative") || all.contains("no name matching")
        || all.contains("doesn't match any of the subject alternative names")) {
      return new TlsConfigurationException(where, "the engine's certificate does not name " + endpoint.host().getHost()
          + ": " + EngineConnection.rootMessage(failure),
          "issue the server certificate again with " + endpoint.host().getHost()
              + " among its names (phoenix tls init --host NAME --ip ADDR), or connect by a name it holds", failure);
    }
    if (all.contains("pkix path building failed") || all.contains("unable to find valid certification path")
        || has(failure, CertPathValidatorException.class)) {
      return new TlsConfigurationException(where, "the engine's certificate is not signed by the CA Phoenix trusts"
          + caFile(endpoint), "use the CA certificate that signed the engine's certificate (ca.pem of the same"
          + " certificate authority)", failure);
    }
    if (all.contains("certificate_required") || all.contains("bad_certificate") || all.contains("unknown_ca")
        || all.contains("certificate_unknown") || all.contains("broken pipe") || all.contains("connection reset")
        || all.contains("handshake_failure")) {
      boolean sent = endpoint.tls() != null && endpoint.tls().clientCertificate() != null;
      return new TlsConfigurationException(where, sent
          ? "the engine rejected the client certificate " + endpoint.tls().clientCertificate()
              + ": it is not signed by the CA the engine trusts, or it has expired"
          : "the engine requires a client certificate and none was given",
          sent ? "issue a client certificate from the engine's CA (phoenix tls init or renew)"
              : "give the client certificate and key (cert.pem, key.pem) with the CA", failure);
    }
    if (has(failure, SSLException.class)) {
      return new TlsConfigurationException(where, "the TLS handshake failed: " + EngineConnection.rootMessage(failure),
          "check that the CA, client certificate and key belong to this engine", failure);
    }
    return new EngineUnreachableException(endpoint.host().toString(), "cannot reach the Docker engine at " + where
        + ": " + EngineConnection.rootMessage(failure) + warnings
        + (all.contains("timed out") ? ". If this port does not speak TLS, use the engine's TLS port (usually 2376)"
            : ". Is dockerd running? Start it, or point DOCKER_HOST, --host or --context at a running engine."),
        failure);
  }

  private static String caFile(DockerEndpoint endpoint) {
    return endpoint.tls() == null || endpoint.tls().caCertificate() == null ? ""
        : " (" + endpoint.tls().caCertificate() + ")";
  }

  private static boolean has(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      all.append(cause.getClass().getName()).append(": ").append(cause.getMessage()).append('\n');
      if (cause instanceof DockerException docker) {
        all.append(docker.getHttpStatus()).append('\n');
      }
      for (Throwable suppressed : cause.getSuppressed()) {
        all.append(suppressed.getMessage()).append('\n');
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return all.toString();
  }
}
