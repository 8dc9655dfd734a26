package dev.phoenix.core.tls.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * An {@link SSLContext} whose every socket and engine speaks only the given protocols, and whose
 * client sockets check the server's name against its certificate ({@code HTTPS} endpoint
 * identification) unless verification was explicitly skipped. Doing it here, not in each caller,
 * holds whatever the JVM's defaults and whoever the caller: docker-java, OkHttp or a plain socket.
 */
public final class LimitedSslContext extends SSLContext {

  /**
   * Wraps an initialised context.
   *
   * @param delegate the context doing the work, already initialised
   * @param protocols the only protocols enabled, such as {@code TLSv1.3} and {@code TLSv1.2}
   * @param verifyHostname whether client sockets check the server's name against its certificate
   */
  public LimitedSslContext(SSLContext delegate, List<String> protocols, boolean verifyHostname) {
    super(new Spi(delegate, protocols.toArray(String[]::new), verifyHostname), delegate.getProvider(),
        delegate.getProtocol());
  }

  private static final class Spi extends SSLContextSpi {
    private final SSLContext delegate;
    private final String[] protocols;
    private final boolean verifyHostname;

    Spi(SSLContext delegate, String[] protocols, boolean verifyHostname) {
      this.delegate = delegate;
      this.protocols = protocols;
      this.verifyHostname = verifyHostname;
    }

    @Override
    protected void engineInit(KeyManager[] keyManagers, TrustManager[] trustManagers, SecureRandom random)
        throws KeyManagementException {
      delegate.init(keyManagers, trustManagers, random);
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
      return new ClientSockets(delegate.getSocketFactory(), this);
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
      return new ServerSockets(delegate.getServerSocketFactory(), protocols);
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
      SSLEngine engine = delegate.createSSLEngine();
      engine.setEnabledProtocols(protocols);
      return engine;
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
      SSLEngine engine = delegate.createSSLEngine(host, port);
      engine.setEnabledProtocols(protocols);
      return engine;
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
      return delegate.getServerSessionContext();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
      return delegate.getClientSessionContext();
    }

    @Override
    protected SSLParameters engineGetDefaultSSLParameters() {
      return limit(delegate.getDefaultSSLParameters());
    }

    @Override
    protected SSLParameters engineGetSupportedSSLParameters() {
      return limit(delegate.getSupportedSSLParameters());
    }

    private SSLParameters limit(SSLParameters parameters) {
      parameters.setProtocols(protocols);
      return parameters;
    }

    Socket client(Socket socket) {
      SSLSocket ssl = (SSLSocket) socket;
      SSLParameters parameters = ssl.getSSLParameters();
      parameters.setProtocols(protocols);
      if (verifyHostname) {
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
      }
      ssl.setSSLParameters(parameters);
      return ssl;
    }
  }

  private static final class ClientSockets extends SSLSocketFactory {
    private final SSLSocketFactory delegate;
    private final Spi spi;

    ClientSockets(SSLSocketFactory delegate, Spi spi) {
      this.delegate = delegate;
      this.spi = spi;
    }

    @Override
    public String[] getDefaultCipherSuites() {
      return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
      return delegate.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket() throws IOException {
      return spi.client(delegate.createSocket());
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
      return spi.client(delegate.createSocket(socket, host, port, autoClose));
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return spi.client(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
      return spi.client(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return spi.client(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
        throws IOException {
      return spi.client(delegate.createSocket(address, port, localAddress, localPort));
    }
  }

  private static final class ServerSockets extends SSLServerSocketFactory {
    private final SSLServerSocketFactory delegate;
    private final String[] protocols;

    ServerSockets(SSLServerSocketFactory delegate, String[] protocols) {
      this.delegate = delegate;
      this.protocols = protocols;
    }

    @Override
    public String[] getDefaultCipherSuites() {
      return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
      return delegate.getSupportedCipherSuites();
    }

    @Override
    public ServerSocket createServerSocket() throws IOException {
      return limit(delegate.createServerSocket());
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      return limit(delegate.createServerSocket(port));
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      return limit(delegate.createServerSocket(port, backlog));
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
      return limit(delegate.createServerSocket(port, backlog, address));
    }

    private ServerSocket limit(ServerSocket socket) {
      ((SSLServerSocket) socket).setEnabledProtocols(protocols);
      return socket;
    }
  }
}
